"""The Editors group: exactly what a newsroom editor needs in the admin, no more."""

from django.contrib.auth.models import Group, Permission

EDITORS_GROUP = "Editors"

# Editors manage the archive's content. They do not manage users, groups or
# permissions, and are never superusers.
EDITOR_PERMISSIONS = {
    "article": ("add", "change", "delete", "view"),
    "articleauthor": ("add", "change", "delete", "view"),
    "articleentity": ("add", "change", "delete", "view"),
    "author": ("add", "change", "delete", "view"),
    "entity": ("add", "change", "delete", "view"),
    "entityalias": ("add", "change", "delete", "view"),
    # Merges are made from the entity list; editors see them and undo them (the change permission).
    "entitymerge": ("change", "view"),
    # A published correction is part of the record: editors add and amend them; only an administrator deletes.
    "correction": ("add", "change", "view"),
    # The zones outlets print their times in: set on import, corrected here.
    "outlettimezone": ("add", "change", "delete", "view"),
}


def editor_permission_codenames():
    return {f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions}


def ensure_editors_group(**kwargs):
    """Create the Editors group, or bring its permissions back to exactly the list above."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="articles", codename__in=editor_permission_codenames()
    )
    group.permissions.set(permissions)
    return group
