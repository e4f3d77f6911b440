/* The game's files: PhysicsFS mounts for reading, and the user's data folder for writing.
 * One pack mounted is packs.h; a file by its real path (opened, read, written) realfile.h. */
#ifndef GA_VFS_H
#define GA_VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Virtual layout after vfs_init:
 *   /assets/...            the game's assets (source tree, else the installed copy)
 *   /scenarios/...         the shipped decks
 *   /locale/LANG/LC_MESSAGES/grayarea.mo   the game's own words in LANG (lang.h)
 *   /packs/<name>/...      each folder or .zip in <data>/packs/ (<name> without ".zip")
 * The data folder itself is not readable through the VFS: it holds settings and
 * saves, never content. Writes go only there, by real path (vfs_write_atomic). */

enum {
    VFS_PATH_MAX = 4096,
    VFS_ERR_LEN = 512, /* enough for any message these functions write */
    VFS_ASIDE_MAX = 100,
};

/* Starts PhysicsFS and mounts everything. decks_dir, when given, is mounted as
 * /scenarios instead of the shipped decks. data_dir overrides the user's data folder
 * (created with mode 0700 when missing). Returns false with err filled when the game
 * cannot run (no assets found, data folder unusable); broken packs only add notices. */
bool vfs_init(const char *argv0, const char *data_dir, const char *decks_dir, char *err, size_t err_size);
void vfs_shutdown(void);
/* The folder holding the game's assets/ and scenarios/, found as vfs_init finds it, for
 * tools that run without the VFS (the checker). PhysicsFS must be initialised. */
bool vfs_game_root(char *out, size_t size);

/* PhysicsFS alone, as vfs_init sets it up (only ZIP, no symbolic links), without assets,
 * decks or a data folder: for --check and the fuzzers, which mount packs themselves. */
bool vfs_init_packs_only(char *err, size_t err_size);

/* Human-readable notices about packs that were skipped ("Skipped pack foo.zip: ..."). */
int vfs_notice_count(void);
const char *vfs_notice(int i);

/* Unmounts what vfs_mount_pack (packs.h) mounted from real_path (--check, one pack after another). */
void vfs_unmount(const char *real_path);
/* Reads a whole virtual file, refusing files over max_bytes before allocating, and files
 * shorter than their pack declares (a damaged zip). Returns a malloc'd buffer (caller
 * frees) with a NUL after the last byte, or NULL with why in err (without the path). */
char *vfs_read(const char *vpath, size_t max_bytes, size_t *len, char *err, size_t err_size);
bool vfs_exists(const char *vpath);
/* The real folder or archive a virtual file comes from, for messages; NULL if none. */
const char *vfs_origin(const char *vpath);

typedef enum VfsKind {
    VFS_FILE,
    VFS_FOLDER,
    VFS_OTHER, /* a named pipe, a device, a socket: never read */
} VfsKind;

typedef struct VfsEntry {
    char *name; /* just the name, no folder */
    VfsKind kind;
} VfsEntry;
/* Lists a virtual folder, sorted by name (byte order, so the same everywhere). Symbolic
 * links are not listed (PhysicsFS is told never to follow them).
 * Returns the count (>= 0), or -1 with err filled. Free with vfs_list_free. */
int vfs_list(const char *vdir, VfsEntry **entries, char *err, size_t err_size);
void vfs_list_free(VfsEntry *entries, int count);

/* Files in the data folder. name is relative ("settings.ini", "saves/x.md"); ".."
 * and absolute names are refused. Missing sub-folders are created with mode 0700. */
/* Writes name atomically: a temporary file in the same folder, fsync, rename over the
 * old one. A power cut leaves the old file or the new one. The file gets mode 0600. */
bool vfs_write_atomic(const char *name, const void *data, size_t len, char *err, size_t err_size);
char *vfs_read_data(const char *name, size_t max_bytes, size_t *len, char *err, size_t err_size);
bool vfs_data_exists(const char *name);
/* Removing a file that does not exist counts as success. */
bool vfs_remove(const char *name, char *err, size_t err_size);
bool vfs_rename_data(const char *from, const char *to, char *err, size_t err_size);
/* Moves name (a file the game refused) out of the way without ever replacing anything:
 * to name.bad, else name.bad.1, name.bad.2... up to name.bad.99. kept gets the new name. */
bool vfs_set_aside(const char *name, char *kept, size_t kept_size, char *err, size_t err_size);
/* The real path of name in the data folder, to show the user (name "" gives the folder).
 * Returns false when it does not fit in out. */
bool vfs_data_path(const char *name, char *out, size_t out_size);

#endif
