// Where each person lands once signed in (issue 17): national admins on their console, a
// teacher waiting for validation on the pending screen, everyone else on "My spaces".

export function home(account) {
  if (!account) return "/login";
  if (account.kind === "national_admin") return "/admin";
  if (account.kind === "teacher" && account.status === "pending") return "/pending";
  return "/spaces";
}
