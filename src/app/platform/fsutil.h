/* What the file modules (vfs.c, packs.c, realfile.c) share: a message into the caller's
 * buffer, two paths joined, PhysicsFS's last error in words. */
#ifndef GA_APP_PLATFORM_FSUTIL_H
#define GA_APP_PLATFORM_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

/* Writes the message into err (cut at a whole character); nothing when err is NULL or n 0. */
void seterr(char *err, size_t n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
const char *physfs_error(void);
/* a/b into out (no second separator when a ends with one); false when it does not fit. */
bool join(char *out, size_t n, const char *a, const char *b);

#endif
