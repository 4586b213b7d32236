# Fails when a C++ file of the project differs from what clang-format (.clang-format) makes of it.
# Usage: cmake -DSOURCE_DIR=<repo> -DCLANG_FORMAT=<exe> -P checkformat.cmake
file(GLOB_RECURSE files
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/widgets/*.cpp" "${SOURCE_DIR}/widgets/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER files EXCLUDE REGEX "/node_modules/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${files}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Run clang-format -i on these files:\n${err}")
endif()
list(LENGTH files n)
message(STATUS "checkformat: ${n} files formatted")
