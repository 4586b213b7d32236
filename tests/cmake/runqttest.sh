#!/bin/sh
# Runs one Qt Test executable for CTest and turns Qt Test's verdict into CTest's (see
# plancia_add_test in ../CMakeLists.txt):
#   runqttest.sh RESULT_FILE REQUIRE_ALL "skips:EXPECTED_SKIPS" EXECUTABLE [ARGS...]
# - exit 77 (the tests' SKIP_RETURN_CODE) when no test function passed and at least one skipped
#   (a QSKIP in initTestCase, or in every function): CTest shows "Skipped", not "Passed";
# - a failure stays a failure: Qt Test's exit code (the number of failures) is passed on, except
#   that 77 failures become 1 so that they never read as "skipped";
# - exit 0 without a Qt Test result (an exit() before the end, an empty test) is a failure;
# - REQUIRE_ALL=1 (PLANCIA_REQUIRE_ALL_TESTS, or the environment variable of that name): a skip of
#   a function not named in EXPECTED_SKIPS (space-separated) fails the test, since it means a
#   prerequisite is missing;
# - some passed and some skipped: passes, and says which functions skipped.
# Qt Test writes its usual output to stdout and a copy to RESULT_FILE, which this script reads.
result=$1
require_all=$2
expected=${3#skips:} # prefixed, since CMake drops an empty argument
shift 3
case "${PLANCIA_REQUIRE_ALL_TESTS:-}" in
1 | ON | on | true | TRUE | yes) require_all=1 ;;
esac

mkdir -p "$(dirname "$result")" && rm -f "$result" || exit 1
"$@" -o -,txt -o "$result",txt
rc=$?
if [ "$rc" -ne 0 ]; then
    [ "$rc" -eq 77 ] && rc=1
    exit "$rc"
fi
if ! grep -q '^Totals: ' "$result" 2>/dev/null; then
    echo "runqttest: $1 exited 0 without Qt Test's Totals line: not a pass" >&2
    exit 1
fi

# Test functions (without data tags) that skipped, and passes other than the implicit
# initTestCase/cleanupTestCase, which Qt Test reports as passed even when they do not exist.
skipped=$(sed -n 's/^SKIP   : [^(]*::\([A-Za-z0-9_]*\)(.*/\1/p' "$result" | sort -u)
passed=$(grep '^PASS   : ' "$result" | grep -cv '::initTestCase()\|::cleanupTestCase()')

if [ "$require_all" = 1 ]; then
    unexpected=
    for f in $skipped; do
        case " $expected " in
        *" $f "*) ;;
        *) unexpected="$unexpected $f" ;;
        esac
    done
    if [ -n "$unexpected" ]; then
        echo "runqttest: FAIL: skipped under PLANCIA_REQUIRE_ALL_TESTS" \
            "(a missing prerequisite?):$unexpected" >&2
        exit 1
    fi
fi
if [ -n "$skipped" ]; then
    if [ "$passed" -eq 0 ]; then
        echo "runqttest: no test function passed, skipped:" $skipped
        exit 77
    fi
    echo "runqttest: passed, but skipped:" $skipped
    exit 0
fi
if [ "$passed" -eq 0 ]; then
    echo "runqttest: $1 ran no test function: not a pass" >&2
    exit 1
fi
exit 0
