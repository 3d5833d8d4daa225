# One INTERFACE target carries the compile settings every target of the project links.
add_library(dixa_settings INTERFACE)
target_compile_features(dixa_settings INTERFACE cxx_std_20)
target_compile_definitions(dixa_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DIXA_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(dixa_settings INTERFACE /W4 /permissive- /utf-8)
    if(DEFINED ENV{CI})
        target_compile_options(dixa_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(dixa_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
    # CI treats every warning as an error; a developer build only reports them.
    if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
        target_compile_options(dixa_settings INTERFACE -Werror)
    endif()
endif()

option(DIXA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(DIXA_SANITIZE AND NOT MSVC)
    target_compile_options(dixa_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(dixa_settings INTERFACE -fsanitize=address,undefined)
endif()
