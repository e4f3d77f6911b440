/* Reads a zip's table of contents (its central directory) before PhysicsFS mounts it, to
 * name what PhysicsFS 3.0.2 would trip over or silently drop. */
#ifndef GA_ZIPDIR_H
#define GA_ZIPDIR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { ZIPDIR_MAX_ENTRIES = 65535 };

/* Reads exactly len bytes at offset into buf; false when it cannot. */
typedef bool (*ZipDirRead)(void *ctx, uint64_t offset, void *buf, size_t len);

/* Checks the table of contents of a zip of size bytes. Returns true when PhysicsFS can
 * list the zip and read every deck in it. Otherwise returns false with why filled, naming
 * the first entry at fault, in words for a deck author:
 *   - a name PhysicsFS cannot list (empty, absolute, "." or ".." parts: listing the folder
 *     it is in would fail, dropping every deck there, and an empty name makes PhysicsFS
 *     read outside its buffer);
 *   - a deck PhysicsFS cannot read: compressed with anything but Deflate (it would inflate
 *     bzip2 or LZMA as if it were Deflate and get nothing), encrypted, a symbolic link, or
 *     named with ':' or '\' (which PhysicsFS refuses in paths);
 *   - a table of contents that cannot be read, or more than ZIPDIR_MAX_ENTRIES entries. */
bool zipdir_check(ZipDirRead read, void *ctx, uint64_t size, char *why, size_t why_size);

/* The name of a zip compression method ("bzip2", "LZMA", "method 77"); buf holds the
 * last. */
const char *zipdir_method_name(unsigned method, char *buf, size_t size);

#endif
