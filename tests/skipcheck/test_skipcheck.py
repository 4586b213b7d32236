"""Skips on purpose, so that check_skip_reporting can see how CTest reports unittest skips.

PLANCIA_SKIPCHECK: "all" every test skips; "some" one passes, one skips; "unexpected" (only under
check_skip_reporting, PLANCIA_SKIPCHECK_NESTED; else like "some") one passes, one skips as
expected, one skips unexpectedly.
"""
import os
import unittest

MODE = os.environ.get("PLANCIA_SKIPCHECK", "")
if MODE == "unexpected" and "PLANCIA_SKIPCHECK_NESTED" not in os.environ:
    MODE = "some"


class SkipCheck(unittest.TestCase):
    def test_skips_on_purpose(self):
        self.skipTest("skips on purpose")

    def test_passes_or_skips(self):
        if MODE == "all":
            self.skipTest("skips on purpose")
        self.assertIn(MODE, ("some", "unexpected"))

    def test_skips_in_all_or_unexpected(self):
        if MODE in ("all", "unexpected"):
            self.skipTest("skips on purpose")
        self.assertEqual(MODE, "some")


if __name__ == "__main__":
    unittest.main(verbosity=2)
