#!/usr/bin/env bash
# The catalogues as translators and Debian check them: po/grayarea.pot is up to date with
# the sources (po/update-pot --check), every po/LANG.po passes msgfmt --check and has no
# i18nspector error (warnings are printed), and each has the plural rule its language
# needs. Arguments: GRAYAREA SOURCE_TESTS_DIR BUILD_DIR, as every script test (only the
# second is used). Needs gettext and i18nspector (scripts/deps test).
set -u
src=$(cd "$2/.." && pwd)
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
if "$src/po/update-pot" --check >/dev/null; then ok; else bad "po/grayarea.pot is out of date"; fi
for po in "$src"/po/*.po; do
    lang=$(basename "$po" .po)
    if out=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then ok; else bad "$lang: msgfmt --check: $out"; fi
    echo "$lang: $out"
    # The po file must know every string of the template (msgmerge was run).
    missing=$(msgcomm --unique --no-location "$src/po/grayarea.pot" "$po" 2>/dev/null | grep -c '^msgid ' || true)
    if ((missing <= 1)); then ok; else bad "$lang: $((missing - 1)) strings of the template are not in po/$lang.po (msgmerge)"; fi
    case $lang in
        es | hi) want='nplurals=2; plural=(n != 1);' ;;
        *) want='' ;;
    esac
    if [[ -z $want ]] || grep -qF "\"Plural-Forms: $want\\n\"" "$po"; then ok; else bad "$lang: Plural-Forms is not '$want'"; fi
    if command -v i18nspector >/dev/null; then
        report=$(i18nspector "$po" 2>&1)
        [[ -n $report ]] && echo "$report"
        if grep -q '^E: ' <<<"$report"; then bad "$lang: i18nspector reports errors"; else ok; fi
    else
        bad "i18nspector is not installed (scripts/deps test)"
    fi
done
echo "i18n_catalogues: $passed passed, $failed failed"
((failed == 0))
