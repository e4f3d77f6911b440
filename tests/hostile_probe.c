/* A helper for the hostile_*.sh tests (not a test itself): runs one piece of the app that
 * a replay cannot reach, on a data folder the script prepared.
 *   hostile_probe settings DATA_DIR   loads settings.ini as the game does at a live start
 *                                     and prints the notice and the names it kept */
#include "app/platform/terminal.h"
#include "app/platform/settings.h"
#include "app/platform/vfs.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    terminal_install();
    if (argc != 3 || strcmp(argv[1], "settings") != 0) {
        fprintf(stderr, "usage: hostile_probe settings DATA_DIR\n");
        return 2;
    }
    char err[600];
    if (!vfs_init(argv[0], argv[2], GA_FIXTURES "/good", err, sizeof err)) {
        terminal_error("%s", err);
        return 1;
    }
    Settings s;
    char notice[600];
    settings_load(&s, notice, sizeof notice);
    printf("notice: %s\n", notice[0] ? notice : "(none)");
    printf("names: [%s] [%s]\n", s.names[0], s.names[1]);
    vfs_shutdown();
    return 0;
}
