"""The signed one-click link "Đã nộp tài liệu" in reminder emails: it names an item and a unit and needs
no login, so it is signed with SECRET_KEY and says nothing else."""
from itsdangerous import BadSignature, URLSafeSerializer

SALT = "reminders.submitted"


def submitted_token(secret: str, item_id: int, unit_id: int) -> str:
    return URLSafeSerializer(secret, salt=SALT).dumps([item_id, unit_id])


def read_submitted_token(secret: str, token: str) -> tuple[int, int] | None:
    try:
        item_id, unit_id = URLSafeSerializer(secret, salt=SALT).loads(token)
    except (BadSignature, TypeError, ValueError):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 < v < 2**31 for v in (item_id, unit_id)):
        return None
    return item_id, unit_id


def submitted_url(config, item_id: int, unit_id: int) -> str:
    return f"{config.base_url}/nhac-viec/da-nop/{submitted_token(config.secret_key, item_id, unit_id)}"
