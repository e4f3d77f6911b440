/* One pack mounted into the VFS (vfs.h): a folder, or a .zip read through the descriptor
 * that was opened and checked (zipdir.h), never opened again by path. vfs.c mounts every
 * pack of the packs folder with vfs_mount_pack_in; --check and the fuzzers call these too. */
#ifndef GA_APP_PLATFORM_PACKS_H
#define GA_APP_PLATFORM_PACKS_H

#include <stdbool.h>
#include <stddef.h>

/* Mounts one pack (a folder or a .zip) at mount_point. A zip is opened with vfs_open_file
 * and must be a real ZIP (checked by signature, whatever the name says) whose table of
 * contents PhysicsFS can list and whose decks it can read (zipdir.h); PhysicsFS then reads
 * that very descriptor. err says why a pack was refused, naming the entry at fault. */
bool vfs_mount_pack(const char *real_path, const char *mount_point, char *err, size_t err_size);
/* Mounts the pack called name inside the real folder dir, by the rules of the packs
 * folder: a folder or a .zip file; a symbolic link only when it leads to an entry of dir
 * itself, never out of it. The game mounts every pack this way; --check, the .zip files
 * at the top of a folder it is given. */
bool vfs_mount_pack_in(const char *dir, const char *name, const char *mount_point, char *err, size_t err_size);
/* A zip pack held in memory (the fuzzers), checked like one on disk. bytes must outlive
 * the mount; name must be unique among mounts. */
bool vfs_mount_pack_memory(const void *bytes, size_t len, const char *name, const char *mount_point, char *err,
                           size_t err_size);

/* Whether a name ends in .zip, any case. */
bool ends_with_zip(const char *s);

#endif
