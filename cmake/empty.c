/* Placeholder source for a module that has no sources yet. */
typedef int fnr_empty_translation_unit;
