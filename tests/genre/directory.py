"""A judging document's own directory (units, persons with titles, groups), created through the API."""


def make_directory(api, directory: dict) -> dict:
    """Creates what `directory` lists; returns ids by name."""
    ids = {}
    for name, short, aliases in directory.get("units", []):
        ids[name] = api.created("/api/units", {"name": name, "short_name": short, "aliases": aliases})["id"]
    for name, title in directory.get("persons", []):
        ids[name] = api.created("/api/persons", {"name": name, "title": title})["id"]
    for name, members in directory.get("groups", []):
        ids[name] = api.created("/api/groups", {"name": name, "member_ids": [ids[m] for m in members]})["id"]
    return ids
