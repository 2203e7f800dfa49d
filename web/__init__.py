"""The browser client's files (HTML, CSS, native ES modules), served by server/http/web.py."""

from pathlib import Path

#: The folder holding index.html, css/ and js/.
ROOT = Path(__file__).parent
