/* Files by their real path, outside PhysicsFS: the command line's files, replays, shots,
 * a translator's deck, and the data folder's files (vfs.c) underneath. Opened without
 * ever blocking, read whole with a limit, written atomically. */
#ifndef GA_APP_PLATFORM_REALFILE_H
#define GA_APP_PLATFORM_REALFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Opens a file whose name comes from outside (the command line, the data folder) without
 * ever blocking: a named pipe, a device, a socket or a folder is refused at once with
 * "not a regular file (it is a named pipe)" in why. The type is checked before opening
 * (a device is never opened) and again on the descriptor, opened non-blocking, so nothing
 * swapped in between can stall the game. Writing creates the file (mode 0666 less the
 * umask) and empties it. Returns the descriptor, or -1 with the reason in why (without
 * the path). Every file the game or --check reads from a path goes through here. */
int vfs_open_file(const char *path, bool write, char *why, size_t why_size);
/* The same as a stdio stream (closed with fclose); NULL with the reason in why. */
FILE *vfs_fopen_file(const char *path, bool write, char *why, size_t why_size);

/* Reads a whole plain file (a replay, a deck given on the command line), refusing files
 * over max_bytes before allocating; opened with vfs_open_file. Returns a malloc'd buffer
 * (caller frees) with a NUL after the last byte, or NULL with why in err (without the path). */
char *vfs_read_real(const char *path, size_t max_bytes, size_t *len, char *err, size_t err_size);

/* Writes path atomically (a deck a translator works on; the data folder's files through
 * vfs_write_atomic): a temporary file in the same folder, fsync, rename over the old one,
 * so a power cut leaves the old file or the new one. The file gets these permissions. */
bool vfs_write_real_atomic(const char *path, const void *data, size_t len, int mode, char *err, size_t err_size);

#endif
