# Compiles every data/*.tsv into the static library fener_data: the host tool
# tools/embed.c writes their bytes into generated/fener_data.c, which defines
# the table of src/extract/builtin.h. The file list is re-globbed at build
# time (CONFIGURE_DEPENDS) and sorted, so the output is deterministic; any
# change to a TSV regenerates and rebuilds.

add_executable(fener_embed ${CMAKE_SOURCE_DIR}/tools/embed.c)
target_compile_options(fener_embed PRIVATE ${FENER_WARNINGS})

file(GLOB FENER_DATA_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/*.tsv)
list(SORT FENER_DATA_FILES)

set(FENER_DATA_C ${CMAKE_BINARY_DIR}/generated/fener_data.c)
add_custom_command(
    OUTPUT ${FENER_DATA_C}
    COMMAND fener_embed ${FENER_DATA_C} ${FENER_DATA_FILES}
    DEPENDS fener_embed ${FENER_DATA_FILES}
    COMMENT "Embedding data/*.tsv"
    VERBATIM)

add_library(fener_data STATIC ${FENER_DATA_C})
target_include_directories(fener_data PUBLIC ${CMAKE_SOURCE_DIR}/src)
