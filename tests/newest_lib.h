/* Tests that read what the game saved: the newest file in a folder with a given ending. */
#ifndef GA_NEWEST_LIB_H
#define GA_NEWEST_LIB_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The contents of the file in dir ending in suffix whose name sorts last (saved files are
 * named by their date), or NULL. Caller frees. */
static inline char *read_newest(const char *dir, const char *suffix) {
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char best[512] = "";
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name), k = strlen(suffix);
        if (n > k && !strcmp(e->d_name + n - k, suffix) && strcmp(e->d_name, best) > 0)
            snprintf(best, sizeof best, "%s", e->d_name);
    }
    closedir(d);
    if (!best[0]) return NULL;
    char path[1100];
    snprintf(path, sizeof path, "%s/%s", dir, best);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static char buf[1 << 18];
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = '\0';
    char *copy = malloc(len + 1);
    if (copy) memcpy(copy, buf, len + 1);
    return copy;
}

#endif
