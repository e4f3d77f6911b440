/* The game's files: PhysicsFS mounts for reading, and the user's data folder for writing. */
#ifndef GA_VFS_H
#define GA_VFS_H

#include <stdbool.h>
#include <stddef.h>

/* Virtual layout after vfs_init:
 *   /assets/...            the game's assets (source tree, else the installed copy)
 *   /scenarios/...         the shipped decks
 *   /packs/<name>/...      each folder or .zip in <data>/packs/ (<name> without ".zip")
 * The data folder itself is not readable through the VFS: it holds settings and
 * saves, never content. Writes go only there, by real path (vfs_write_atomic). */

enum { VFS_PATH_MAX = 4096 };

/* Starts PhysicsFS and mounts everything. decks_dir, when given, is mounted as
 * /scenarios instead of the shipped decks. data_dir overrides the user's data folder
 * (created with mode 0700 when missing). Returns false with err filled when the game
 * cannot run (no assets found, data folder unusable); broken packs only add notices. */
bool vfs_init(const char *argv0, const char *data_dir, const char *decks_dir, char *err, size_t err_size);
void vfs_shutdown(void);
/* The folder holding the game's assets/ and scenarios/, found as vfs_init finds it, for
 * tools that run without the VFS (the checker). PhysicsFS must be initialised. */
bool vfs_game_root(char *out, size_t size);

/* Human-readable notices about packs that were skipped ("Skipped pack foo.zip: ..."). */
int vfs_notice_count(void);
const char *vfs_notice(int i);

/* Mounts one pack (a folder or a .zip) at mount_point. Only real ZIP files are
 * accepted, checked by signature, whatever the name says. */
bool vfs_mount_pack(const char *real_path, const char *mount_point, char *err, size_t err_size);

/* Reads a whole virtual file, refusing files over max_bytes before allocating.
 * Returns a malloc'd buffer (caller frees) with a NUL after the last byte. */
char *vfs_read(const char *vpath, size_t max_bytes, size_t *len, char *err, size_t err_size);
/* The same for a plain file outside the VFS (a replay, a deck given on the command line). */
char *vfs_read_real(const char *path, size_t max_bytes, size_t *len, char *err, size_t err_size);
bool vfs_exists(const char *vpath);
/* The real folder or archive a virtual file comes from, for messages; NULL if none. */
const char *vfs_origin(const char *vpath);

typedef struct VfsEntry {
    char *name; /* just the name, no folder */
    bool is_dir;
} VfsEntry;
/* Lists a virtual folder, sorted by name (byte order, so the same everywhere).
 * Returns the count (>= 0), or -1 with err filled. Free with vfs_list_free. */
int vfs_list(const char *vdir, VfsEntry **entries, char *err, size_t err_size);
void vfs_list_free(VfsEntry *entries, int count);

/* Files in the data folder. name is relative ("settings.ini", "saves/x.md"); ".."
 * and absolute names are refused. Missing sub-folders are created with mode 0700. */
/* Writes name atomically: a temporary file in the same folder, fsync, rename over the
 * old one. A power cut leaves the old file or the new one. The file gets mode 0600. */
bool vfs_write_atomic(const char *name, const void *data, size_t len, char *err, size_t err_size);
/* The same for any real path (a deck a translator works on), with these permissions. */
bool vfs_write_real_atomic(const char *path, const void *data, size_t len, int mode, char *err, size_t err_size);
char *vfs_read_data(const char *name, size_t max_bytes, size_t *len, char *err, size_t err_size);
bool vfs_data_exists(const char *name);
/* Removing a file that does not exist counts as success. */
bool vfs_remove(const char *name, char *err, size_t err_size);
bool vfs_rename_data(const char *from, const char *to, char *err, size_t err_size);
/* The real path of name in the data folder, to show the user (name "" gives the folder).
 * Returns false when it does not fit in out. */
bool vfs_data_path(const char *name, char *out, size_t out_size);

#endif
