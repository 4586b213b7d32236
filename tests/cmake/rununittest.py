"""Runs one Python unittest module for CTest (see plancia_add_unittest in ../CMakeLists.txt).

    rununittest.py [--require-all] [--expected-skip NAME]... (FILE.py | MODULE)

Exit codes: 0 passed (some tests may have skipped: they are listed), 77 (the tests'
SKIP_RETURN_CODE) when no test passed and at least one skipped, 1 on a failure or error, or when
no test ran at all. With --require-all (PLANCIA_REQUIRE_ALL_TESTS, or the environment variable of
that name) a skip of a test not named by --expected-skip (method name) is a failure, since it
means a prerequisite is missing. Standard library only, like the tests.
"""
import argparse
import os
import sys
import unittest


class _CountingResult(unittest.TextTestResult):
    """Counts successes: a class-level skip (setUpClass) is in `skipped` but not in `testsRun`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.successes = 0

    def addSuccess(self, test):
        super().addSuccess(test)
        self.successes += 1


def _skip_name(test):
    # A test method, or the holder of a setUpClass/setUpModule skip ("setUpClass (mod.Class)").
    return getattr(test, "_testMethodName", None) or str(test)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--require-all", action="store_true")
    parser.add_argument("--expected-skip", action="append", default=[])
    parser.add_argument("test", help="a test file (path ending in .py) or a module name")
    args = parser.parse_args()
    require_all = args.require_all or os.environ.get("PLANCIA_REQUIRE_ALL_TESTS", "") in (
        "1", "ON", "on", "true", "TRUE", "yes")

    if args.test.endswith(".py"):
        path = os.path.abspath(args.test)
        sys.path.insert(0, os.path.dirname(path))
        name = os.path.splitext(os.path.basename(path))[0]
    else:
        sys.path.insert(0, os.getcwd())
        name = args.test
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName(name)
    except unittest.SkipTest as e:  # raised while importing the module: all of it skips
        if require_all:
            print(f"rununittest: FAIL: module {name} skipped under PLANCIA_REQUIRE_ALL_TESTS: {e}",
                  file=sys.stderr)
            return 1
        print(f"rununittest: module {name} skipped: {e}")
        return 77
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, resultclass=_CountingResult)
    result = runner.run(suite)
    sys.stdout.flush()

    if not result.wasSuccessful():
        return 1
    skipped = sorted({_skip_name(test) for test, _ in result.skipped})
    if require_all:
        unexpected = [n for n in skipped if n not in args.expected_skip]
        if unexpected:
            print("rununittest: FAIL: skipped under PLANCIA_REQUIRE_ALL_TESTS "
                  "(a missing prerequisite?): " + ", ".join(unexpected), file=sys.stderr)
            return 1
    passed = result.successes + len(result.expectedFailures)
    if skipped:
        if passed == 0:
            print("rununittest: no test passed, skipped: " + ", ".join(skipped))
            return 77
        print("rununittest: passed, but skipped: " + ", ".join(skipped))
        return 0
    if passed == 0:
        print("rununittest: no test ran: not a pass", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
