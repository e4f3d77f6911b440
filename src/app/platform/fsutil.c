/* Small helpers the file modules share. */
#include "app/platform/fsutil.h"

#include "app/platform/os.h"
#include "core/util.h"

#include <physfs.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void seterr(char *err, size_t n, const char *fmt, ...) {
    if (!err || n == 0) return;
    va_list ap;
    va_start(ap, fmt);
    utf8_vsnprintf(err, n, fmt, ap);
    va_end(ap);
}

const char *physfs_error(void) {
    const char *e = PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
    return e ? e : "unknown error";
}

bool join(char *out, size_t n, const char *a, const char *b) {
    int k = snprintf(out, n, "%s%s%s", a, (*a && !os_is_sep(a[strlen(a) - 1])) ? "/" : "", b);
    return k >= 0 && (size_t)k < n;
}
