"""The Editors group: created after migrate, exactly the listed permissions, self-repairing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from articles.admin.editors import EDITOR_PERMISSIONS, EDITORS_GROUP, editor_permission_codenames, ensure_editors_group

pytestmark = pytest.mark.django_db


def group_codenames():
    group = Group.objects.get(name=EDITORS_GROUP)
    return set(group.permissions.values_list("content_type__app_label", "codename"))


def expected():
    return {("articles", codename) for codename in editor_permission_codenames()}


def test_the_group_exists_after_migrate_with_exactly_the_listed_permissions():
    # The test database was built by migrate, whose post_migrate built the group.
    assert group_codenames() == expected()


def test_every_listed_permission_exists_so_none_is_silently_missing():
    assert len(editor_permission_codenames()) == sum(len(actions) for actions in EDITOR_PERMISSIONS.values())
    found = Permission.objects.filter(content_type__app_label="articles", codename__in=editor_permission_codenames())
    assert found.count() == len(editor_permission_codenames())


def test_editors_get_no_user_group_or_permission_management():
    codenames = {codename for _, codename in group_codenames()}
    assert not any(codename.endswith(("_user", "_group", "_permission")) for codename in codenames)


def test_ensure_is_idempotent_and_removes_stray_permissions():
    group = Group.objects.get(name=EDITORS_GROUP)
    group.permissions.add(Permission.objects.get(codename="add_user"), Permission.objects.get(codename="change_group"))
    group.permissions.remove(Permission.objects.get(codename="delete_article"))
    first = ensure_editors_group()
    second = ensure_editors_group()
    assert first.pk == second.pk == group.pk
    assert Group.objects.filter(name=EDITORS_GROUP).count() == 1
    assert group_codenames() == expected()


def test_ensure_recreates_a_deleted_group():
    Group.objects.filter(name=EDITORS_GROUP).delete()
    ensure_editors_group()
    assert group_codenames() == expected()


def test_migrate_repairs_the_group():
    group = Group.objects.get(name=EDITORS_GROUP)
    group.permissions.add(Permission.objects.get(codename="delete_user"))
    call_command("migrate", verbosity=0, interactive=False)
    assert group_codenames() == expected()
