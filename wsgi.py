"""Entry point: `flask --app wsgi ...` and `gunicorn wsgi:app`."""
from service import create_app

app = create_app()
