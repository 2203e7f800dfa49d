// The archive section of a space (issue 8, docs/web-client.md, docs/archive.md): folders and
// files, upload with a progress bar (XMLHttpRequest on the raw-body upload route), download,
// rename and trash where the server allows (`allowed`), and files appearing live as others
// add them (archive:<id>).

import { ApiError, call, csrfToken } from "../api.js";
import { confirmAction } from "../confirm.js";
import { h } from "../dom.js";
import { FILE_PURGED, FOLDER_PURGED } from "../events.js";
import { formFeedback, messageArea } from "../forms.js";
import { percent, t } from "../i18n.js";
import { batcher, bytes, canDo, enc, follow, when } from "./forum-live.js";

/** POST the file as the raw body, reporting progress; resolves with the stored FileOut. */
export function sendFile(url, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-CSRF-Token", csrfToken());
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    xhr.addEventListener("load", () => {
      let data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data);
      if (xhr.status === 401) window.dispatchEvent(new CustomEvent("twinspace:unauthenticated"));
      reject(ApiError.fromBody(xhr.status, data, xhr.getResponseHeader("Retry-After")));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "network", "the upload was cut off")));
    xhr.addEventListener("abort", () => reject(new ApiError(0, "aborted", "the upload was stopped")));
    xhr.send(file);
  });
}

export default {
  id: "archive",
  label: "archive.title",
  available: () => true,
  render(panel, view) {
    const { space, ctx } = view;
    const base = `/api/spaces/${enc(space.id)}`;
    // The section's one message area, for what the rows do (rename, trash, restore...); the
    // upload and new-folder forms have their own. Each message replaces the last.
    const messages = messageArea();
    const usage = h("p", { class: "meta archive-usage" });
    const crumbs = h("nav", { class: "crumbs", "aria-label": t("archive.where") });
    const tools = h("div", { class: "archive-tools" });
    const table = h("table", { class: "file-table" });
    const empty = h("p", { class: "empty", text: t("archive.empty"), hidden: true });
    // A table wider than a phone scrolls within its own box; the page itself never does.
    const tableBox = h("div", { class: "table-scroll" }, table);
    panel.append(h("h2", { text: t("archive.title") }), usage, messages.element, tools, crumbs, empty, tableBox);

    let alive = true;
    let archive = null;
    let folder = null; // the folder shown; null: the top
    let inTrash = false; // showing the trash instead of the live archive
    const names = new Map(); // account id -> display name
    const renaming = new Map(); // "file:1" -> draft name

    const fail = (failure) => alive && messages.error(describe(failure));
    const tell = (text) => messages.success(text);

    function describe(failure) {
      if (failure?.code === "too_large") return t("archive.too_large", { max: bytes(archive?.max_file_bytes ?? 0) });
      if (failure?.code === "quota_exceeded") {
        return t("archive.quota", { free: bytes(Math.max(0, (archive?.quota_bytes ?? 0) - (archive?.used_bytes ?? 0))) });
      }
      return ctx.describe(failure);
    }

    // -- upload, with its progress bar ------------------------------------------------------

    // The browser's own file button speaks the browser's language ("Choose File", "No file
    // chosen"): the input is kept (focusable, for keyboards and assistive technology) but
    // drawn by its label and a line naming the chosen file, both from the catalogue.
    const picker = h("input", { id: "archive-file", type: "file", class: "file-input", "aria-describedby": "archive-file-chosen" });
    const chosen = h("span", { id: "archive-file-chosen", class: "meta file-chosen", text: t("archive.no_file") });
    picker.addEventListener("change", () => {
      chosen.textContent = picker.files?.[0]?.name ?? t("archive.no_file");
    });
    // The bar is for the eyes and for who asks it; the form's message area alone announces
    // the upload's outcome (a live status line beside it announced every step twice).
    const progress = h("progress", { class: "upload-progress", max: "100", value: "0", "aria-label": t("archive.progress") });
    const progressText = h("span", { class: "meta progress-text", "aria-hidden": "true" });
    const progressBox = h("div", { class: "upload-status", hidden: true }, progress, " ", progressText);
    const uploadButton = h("button", { type: "submit", text: t("archive.upload") });
    const uploadForm = h(
      "form",
      { class: "upload-form" },
      h(
        "div",
        { class: "field file-field" },
        picker,
        h("label", { for: "archive-file", class: "button secondary file-button", text: t("archive.choose") }),
        chosen,
      ),
      uploadButton,
      progressBox,
    );
    const uploadFeedback = formFeedback(uploadForm);
    uploadForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      uploadFeedback.clear();
      messages.clear();
      if (!uploadFeedback.require(picker, "archive.choose_first")) return picker.focus();
      const file = picker.files[0];
      if (archive === null) return;
      // The server refuses these too; saying so before sending spares a long upload.
      if (file.size > archive.max_file_bytes) return uploadFeedback.error(describe({ code: "too_large" }));
      if (file.size > archive.quota_bytes - archive.used_bytes) {
        return uploadFeedback.error(describe({ code: "quota_exceeded" }));
      }
      const query = `?name=${enc(file.name)}${folder !== null ? `&folder=${enc(folder)}` : ""}`;
      uploadButton.disabled = true;
      progressBox.hidden = false;
      progress.value = 0;
      progressText.textContent = t("archive.uploading", { name: file.name, percent: percent(0) });
      try {
        const stored = await sendFile(`${base}/files${query}`, file, (loaded, total) => {
          const share = total ? loaded / total : 0;
          progress.value = Math.floor(share * 100);
          progressText.textContent = t("archive.uploading", { name: file.name, percent: percent(share) });
        });
        progressBox.hidden = true;
        uploadForm.reset();
        chosen.textContent = t("archive.no_file");
        upsert("files", stored);
        uploadFeedback.success(t("archive.uploaded", { name: stored.name }));
        refetch.add("all");
      } catch (failure) {
        progressBox.hidden = true;
        uploadFeedback.fail(failure, describe);
      } finally {
        uploadButton.disabled = false;
      }
    });

    const trashToggle = h("button", {
      type: "button",
      class: "toggle",
      "aria-pressed": "false",
      text: t("archive.show_trash"),
      onclick: () => {
        inTrash = !inTrash;
        renaming.clear();
        messages.clear();
        load();
      },
    });

    const folderInput = h("input", { id: "archive-folder", name: "name", type: "text", maxlength: "255", required: true });
    const folderForm = h(
      "form",
      { class: "folder-form" },
      h("div", { class: "field" }, h("label", { for: "archive-folder", text: t("archive.new_folder") }), folderInput),
      h("button", { type: "submit", class: "secondary", text: t("archive.create_folder") }),
    );
    const folderFeedback = formFeedback(folderForm);
    folderForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      messages.clear();
      if (!folderFeedback.check()) return;
      try {
        const made = await call("POST", `${base}/folders`, { name: folderInput.value, parent_id: folder });
        folderForm.reset();
        upsert("folders", made);
        folderFeedback.success(t("archive.folder_created", { name: made.name }));
      } catch (failure) {
        if (failure?.code === "conflict") {
          folderFeedback.clear();
          folderFeedback.fieldError(folderInput, t("archive.name_taken"));
          folderFeedback.error(t("error.fields"));
          folderInput.focus();
        } else folderFeedback.fail(failure, describe);
      }
    });

    // -- the listing ------------------------------------------------------------------------

    function upsert(kind, item) {
      if (archive === null) return;
      const list = archive[kind];
      const at = list.findIndex((x) => x.id === item.id);
      const keep = at >= 0 ? list[at].allowed : [];
      const merged = { ...item, allowed: item.allowed ?? keep ?? [] };
      if (item.trashed_at) {
        if (at >= 0) list.splice(at, 1);
      } else if (at >= 0) list[at] = merged;
      else list.push(merged);
      render();
    }

    function remove(kind, ids) {
      if (archive === null) return;
      archive[kind] = archive[kind].filter((x) => !ids.includes(x.id));
      render();
    }

    function render() {
      if (archive === null) return;
      usage.textContent = t("archive.usage", { used: bytes(archive.used_bytes), quota: bytes(archive.quota_bytes) });
      const allowed = archive.allowed ?? [];
      trashToggle.setAttribute("aria-pressed", inTrash ? "true" : "false");
      tools.replaceChildren(
        ...(allowed.includes("upload") && !inTrash ? [uploadForm] : []),
        ...(allowed.includes("create_folder") && !inTrash ? [folderForm] : []),
        trashToggle,
      );
      if (folder !== null && !archive.folders.some((f) => f.id === folder)) folder = null;
      // The trash is one flat list: what was trashed, wherever it was.
      crumbs.hidden = inTrash;
      if (!inTrash) renderCrumbs();
      const here = (parent) => inTrash || parent === folder;
      const folders = archive.folders
        .filter((f) => here(f.parent_id))
        .sort((a, b) => a.name.localeCompare(b.name));
      const files = archive.files
        .filter((f) => here(f.folder_id))
        .sort((a, b) => a.name.localeCompare(b.name));
      empty.textContent = t(inTrash ? "archive.trash_empty" : "archive.empty");
      empty.hidden = folders.length + files.length > 0;
      tableBox.hidden = !empty.hidden;
      const focused = table.contains(document.activeElement) ? document.activeElement : null;
      const focusKey = focused?.id || focused?.dataset.focusKey;
      table.replaceChildren(
        h("caption", { class: "visually-hidden", text: t("archive.contents") }),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["archive.name", "archive.size", "archive.by", "archive.when", "archive.actions"].map((key) =>
              h("th", { scope: "col", text: t(key) }),
            ),
          ),
        ),
        h("tbody", {}, ...folders.map(folderRow), ...files.map(fileRow)),
      );
      if (focusKey) table.querySelector(`[id="${focusKey}"], [data-focus-key="${focusKey}"]`)?.focus();
    }

    function renderCrumbs() {
      const chain = [];
      let at = folder;
      while (at !== null) {
        const found = archive.folders.find((f) => f.id === at);
        if (!found) break;
        chain.unshift(found);
        at = found.parent_id;
      }
      const step = (label, id, current) =>
        current
          ? h("span", { "aria-current": "location", tabindex: "-1", text: label })
          : h("button", { type: "button", class: "linklike", text: label, onclick: () => open(id) });
      const parts = [step(t("archive.top"), null, chain.length === 0)];
      chain.forEach((f, i) => parts.push(" / ", step(f.name, f.id, i === chain.length - 1)));
      crumbs.replaceChildren(...parts);
    }

    function open(id) {
      folder = id;
      renaming.clear();
      render();
      crumbs.querySelector("[aria-current]")?.focus();
    }

    function actionsOf(kind, item) {
      const path = `${base}/${kind === "file" ? "files" : "folders"}/${enc(item.id)}`;
      const key = `${kind}:${item.id}`;
      const buttons = [];
      if (kind === "file") {
        buttons.push(
          h("a", {
            class: "button small",
            href: `${path}/content`,
            download: item.name,
            "data-action": "download",
            text: t("archive.download"),
            "aria-label": t("archive.download_named", { name: item.name }),
          }),
        );
      }
      if (canDo(item, "rename") && !renaming.has(key)) {
        buttons.push(
          h("button", {
            type: "button",
            class: "small secondary",
            "data-action": "rename",
            "data-focus-key": `rename-${key}`,
            text: t("archive.rename"),
            "aria-label": t("archive.rename_named", { name: item.name }),
            onclick: () => {
              renaming.set(key, item.name);
              render();
              table.querySelector(`[id="rename-${kind}-${item.id}"]`)?.focus();
            },
          }),
        );
      }
      if (canDo(item, "trash")) {
        buttons.push(
          h("button", {
            type: "button",
            class: "small secondary",
            "data-action": "trash",
            text: t("archive.trash"),
            "aria-label": t("archive.trash_named", { name: item.name }),
            onclick: async () => {
              const folderKind = kind === "folder";
              const sure = await confirmAction({
                title: t(folderKind ? "confirm.trash_folder" : "confirm.trash_file", { name: item.name }),
                lost: t(folderKind ? "confirm.trash_folder_lost" : "confirm.trash_file_lost"),
                confirm: t("archive.trash"),
              });
              if (!sure) return;
              try {
                await call("POST", `${path}/trash`);
                remove(kind === "file" ? "files" : "folders", [item.id]);
                tell(t("archive.trashed", { name: item.name }));
              } catch (failure) {
                fail(failure);
              }
            },
          }),
        );
      }
      for (const [verb, label, named, method, suffix, done] of [
        ["restore", "archive.restore", "archive.restore_named", "POST", "/restore", "archive.restored"],
        ["purge", "archive.purge", "archive.purge_named", "DELETE", "", "archive.purged"],
      ]) {
        if (!canDo(item, verb)) continue;
        buttons.push(
          h("button", {
            type: "button",
            class: "small secondary",
            "data-action": verb,
            text: t(label),
            "aria-label": t(named, { name: item.name }),
            onclick: async () => {
              if (
                verb === "purge" &&
                !(await confirmAction({
                  title: t("confirm.purge", { name: item.name }),
                  lost: t("confirm.purge_lost"),
                  confirm: t("archive.purge"),
                }))
              ) {
                return;
              }
              try {
                await call(method, `${path}${suffix}`);
                remove(kind === "file" ? "files" : "folders", [item.id]);
                tell(t(done, { name: item.name }));
              } catch (failure) {
                fail(failure);
              }
            },
          }),
        );
      }
      if (renaming.has(key)) buttons.push(renameForm(kind, item, path, key));
      return h("td", { class: "file-actions" }, ...buttons);
    }

    function renameForm(kind, item, path, key) {
      const id = `rename-${kind}-${item.id}`;
      const input = h("input", { id, name: "name", type: "text", maxlength: "255", required: true });
      input.value = renaming.get(key);
      input.addEventListener("input", () => renaming.set(key, input.value));
      const form = h(
        "form",
        { class: "rename-form" },
        h("label", { for: id, text: t("archive.new_name") }),
        input,
        h("button", { type: "submit", class: "small", text: t("archive.save") }),
        h("button", {
          type: "button",
          class: "small secondary",
          text: t("archive.cancel"),
          onclick: () => {
            renaming.delete(key);
            render();
          },
        }),
      );
      const feedback = formFeedback(form, { area: messages, place: false });
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        if (!feedback.check()) return;
        try {
          const renamed = await call("POST", `${path}/rename`, { name: input.value });
          renaming.delete(key);
          upsert(kind === "file" ? "files" : "folders", renamed);
          tell(t("archive.renamed", { name: renamed.name }));
        } catch (failure) {
          if (failure?.code === "conflict") {
            feedback.clear();
            feedback.fieldError(input, t("archive.name_taken"));
            input.focus();
          } else feedback.fail(failure, describe);
        }
      });
      return form;
    }

    function folderRow(item) {
      return h(
        "tr",
        { class: "folder-row", "data-folder-id": item.id },
        h("td", {}, h("button", { type: "button", class: "linklike folder-link", text: item.name, onclick: () => open(item.id) })),
        h("td", { text: "" }),
        h("td", { text: names.get(item.created_by_id) ?? t("archive.former_member") }),
        h("td", { text: when(item.created_at) }),
        actionsOf("folder", item),
      );
    }

    function fileRow(item) {
      return h(
        "tr",
        { class: "file-row", "data-file-id": item.id },
        h("td", { class: "file-name", text: item.name }),
        h("td", { text: bytes(item.size) }),
        h("td", { text: names.get(item.owner_id) ?? t("archive.former_member") }),
        h("td", { text: when(item.updated_at) }),
        actionsOf("file", item),
      );
    }

    // Only the newest listing is shown: a refresh asked for by an event just before the
    // Trash toggle could otherwise answer after the trash's own and show the live archive
    // under a pressed "Trash" (seen in a whole-suite run).
    let latestLoad = 0;
    async function load() {
      const thisLoad = ++latestLoad;
      try {
        const [fresh, members] = await Promise.all([
          call("GET", `${base}/files${inTrash ? "/trash" : ""}`),
          names.size ? null : call("GET", `${base}/members`),
        ]);
        if (!alive || thisLoad !== latestLoad) return;
        for (const m of members ?? []) names.set(m.account_id, m.display_name);
        archive = fresh;
        render();
      } catch (failure) {
        if (thisLoad === latestLoad) fail(failure);
      }
    }

    // Events go to everyone alike and carry no `allowed`: show what came at once, then ask
    // the server (one listing per burst) what we may do with it.
    const refetch = batcher(() => alive && load(), 150);
    function apply(message) {
      const data = message.data ?? {};
      if (inTrash) {
        refetch.add("all"); // the trash changes seldom: ask for it again
        return;
      }
      if ([FILE_PURGED, FOLDER_PURGED].includes(message.event)) {
        remove("files", data.file_ids ?? []);
        remove("folders", data.folder_ids ?? []);
      } else if (data.file) {
        if (!names.has(data.file.owner_id)) names.clear(); // someone new: names again
        upsert("files", data.file);
      } else if (data.folder) upsert("folders", data.folder);
      refetch.add("all");
    }
    const followed = follow(ctx.live, `archive:${space.id}`, {
      load,
      apply,
      gone: () => alive && messages.error(t("space.gone")),
    });

    return () => {
      alive = false;
      refetch.cancel();
      followed.stop();
    };
  },
};
