"""Mail the server sends (password-reset links): over SMTP when one is configured, else into a
Maildir under the data folder that the operator reads (`twinspace mail list|read`)."""

from .sending import MaildirSender, Mailer, MailSender, SmtpSender, mailer_for
from .settings import MailSettings, mail_settings_from

__all__ = [
    "MailSender",
    "MailSettings",
    "MaildirSender",
    "Mailer",
    "SmtpSender",
    "mail_settings_from",
    "mailer_for",
]
