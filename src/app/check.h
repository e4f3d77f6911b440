/* grayarea --check: validates deck files, folders and .zip packs from the command line. */
#ifndef GA_CHECK_H
#define GA_CHECK_H

#include <stdio.h>

/* Checks every path; prints diagnostics to out and a one-line total to out.
 * Returns 0 when there are no errors, 1 otherwise. */
int check_paths(int n, char **paths, FILE *out, const char *argv0);

#endif
