/* The translator's two commands: --translation-template writes a translation deck ready
 * to translate; --translation-refresh records that texts were re-checked against the
 * current source. Both print plain messages and return the process exit code. */
#ifndef GA_TRANSTOOL_H
#define GA_TRANSTOOL_H

#include <stdio.h>

/* grayarea --translation-template DECK.yaml LANG [OUT.yaml]: to out_path (never over an
 * existing file), or to out when out_path is NULL or "-". 0 on success, 1 otherwise. */
int transtool_template(const char *source_path, const char *lang, const char *out_path, FILE *out, FILE *errs);

/* grayarea --translation-refresh DECK.yaml TRANSLATION.yaml KEY...: rewrites the
 * translation with fresh hashes for the named texts. 0 on success, 1 otherwise. */
int transtool_refresh(const char *source_path, const char *tr_path, int n_keys, char **keys, FILE *out, FILE *errs);

#endif
