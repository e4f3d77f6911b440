#!/usr/bin/env bash
# Installs the .deb with `apt-get install ./file.deb` into a scratch root and starts the
# installed game there (install/run-installed.sh: --check, then a replayed session).
#
# Container-free: the scratch root gets a copy of this machine's dpkg database, so apt
# resolves the package's dependencies against what is really installed (and refuses it
# if one is missing), then dpkg unpacks it into the scratch root alone (--root), leaving
# the system untouched. The game then runs from there on the system's libraries.
# Usage: deb-install.sh FILE.deb WORK_DIR     (needs root, as dpkg does)
set -euo pipefail
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd) # apt reads relative Dir:: paths from /, so make it absolute
root=$work/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/triggers" \
    "$root/var/cache/apt/archives/partial" "$root/var/lib/apt/lists/partial" "$root/var/log/apt" "$root/etc/apt"
cp /var/lib/dpkg/status "$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
apt=(-o "Dir::State::status=$root/var/lib/dpkg/status" -o "Dir::State=$root/var/lib/apt"
     -o "Dir::Cache=$root/var/cache/apt" -o "Dir::Log=$root/var/log/apt" -o "Dir::Etc::SourceList=/dev/null"
     -o "Dir::Etc::SourceParts=/dev/null" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root"
     -o "DPkg::Options::=--root=$root" -o "DPkg::Options::=--admindir=$root/var/lib/dpkg"
     -o "DPkg::Options::=--force-not-root" -o "DPkg::Options::=--log=$root/var/log/dpkg.log"
     -o "DPkg::Options::=--no-triggers" -o "DPkg::Post-Invoke::=" -o "DPkg::Pre-Invoke::=" -o "APT::Update::Post-Invoke::=")
DEBIAN_FRONTEND=noninteractive apt-get "${apt[@]}" install -y --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    echo "FAIL: apt-get install ./$(basename "$deb") into the scratch root" >&2
    exit 1
}
dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}\n' grayarea | grep -q "install ok installed" || {
    echo "FAIL: dpkg does not list grayarea as installed in the scratch root" >&2
    exit 1
}
bash "$here/run-installed.sh" "$root/usr/games/grayarea" "$root/usr/share/grayarea" "$work/run" || exit 1
echo "deb: installed with apt-get into $root and started: 1 passed, 0 failed"
