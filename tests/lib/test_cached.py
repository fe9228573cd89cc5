"""The one cache door: a view is made once per data version and arguments, and only from module-level builders."""

import pytest

from lib import cached
from lib.model.filters import Filters
from lib.views import overview


def test_sessions_with_the_same_view_share_one_object_and_other_views_get_their_own(dataset):
    kasn = Filters(publisher=("KASN",))
    first = cached.view(overview.build, dataset, kasn, "id")
    assert cached.view(overview.build, dataset, kasn, "id") is first
    assert cached.view(overview.build, dataset, kasn, "en") is not first
    assert cached.view(overview.build, dataset, Filters(publisher=("BKN",)), "id") is not first


def test_a_builder_reading_anything_but_its_arguments_is_refused(dataset):
    page_global = Filters()

    def closure(dataset, lang):
        return page_global

    with pytest.raises(TypeError, match="module-level"):
        cached.view(closure, dataset, "id")
