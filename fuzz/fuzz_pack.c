/* libFuzzer harness: any bytes as a .zip pack, held in memory and taken the game's own way:
 * checked (zipdir.c), mounted by PhysicsFS, walked (decks_walk, translations/ folders too)
 * and every deck or translation deck loaded. A pack that is refused has a reason; one that
 * mounts must unmount, and every deck found is either loaded or refused with a message. */
#include "app/decks.h"
#include "app/platform/packs.h"
#include "app/platform/vfs.h"
#include "core/deck.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    char err[VFS_ERR_LEN];
    if (!vfs_init_packs_only(err, sizeof err)) {
        fprintf(stderr, "fuzz_pack: %s\n", err);
        abort();
    }
    return 0;
}

static int decks, problems;

static void on_deck(void *ctx, const char *shown, const char *bytes, size_t len) {
    (void)ctx;
    DiagList d;
    diag_init(&d);
    DeckFile df; /* a deck or a translation deck, as the game and --check read them */
    bool ok = deck_file_load(shown, bytes, len, &d, &df);
    if (!ok && d.errors == 0) abort(); /* refused without saying why */
    deck_destroy(df.deck);
    translation_destroy(df.translation);
    diag_free(&d);
    decks++;
}

static void on_problem(void *ctx, const char *shown, const char *why, bool error) {
    (void)ctx;
    (void)error;
    if (!shown || !why || !why[0]) abort();
    problems++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* Its own copy: PhysicsFS reads it until the unmount. */
    uint8_t *bytes = malloc(size ? size : 1);
    if (!bytes) return 0;
    memcpy(bytes, data, size);
    char err[VFS_ERR_LEN] = "";
    if (vfs_mount_pack_memory(bytes, size, "fuzz.zip", "/fuzz", err, sizeof err)) {
        DeckVisitor v = {on_deck, on_problem, NULL, DECKS_EVERY_FOLDER, NULL};
        decks_walk("/fuzz", "fuzz.zip", &v);
        vfs_unmount("fuzz.zip");
        if (vfs_exists("/fuzz")) {
            fprintf(stderr, "fuzz_pack: the pack stayed mounted\n");
            abort();
        }
    } else if (!err[0]) {
        abort();
    }
    free(bytes);
    return 0;
}
