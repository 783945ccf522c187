//! The config directory as others may leave it: writable by other users (a warning naming the
//! path and the `chmod` that fixes it), or `config.toml` a symbolic link into a dotfiles
//! repository (written through to the link's target, atomically, the link kept).

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Env, files_under};

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_config_directory_or_file_writable_by_others_is_named_with_its_chmod() {
    let env = Env::new();
    let dir = env.config_dir();
    let config = dir.join("config.toml");
    let warning = |p: &Path, mode: u32| {
        format!(
            "warning: {} is writable by other users (mode {mode:o}), who could redirect rime or replace its credentials; run `chmod go-w {}`",
            p.display(),
            p.display()
        )
    };
    for (path, mode) in [
        (&dir, 0o777),
        (&dir, 0o770),
        (&config, 0o666),
        (&config, 0o624),
    ] {
        let before = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        chmod(path, mode);
        for out in [
            env.rime("profile list").run().ok(),
            env.rime("projects list").run().ok(),
        ] {
            out.stderr_has(warning(path, mode));
            assert_eq!(
                out.stderr.matches("writable by other users").count(),
                1,
                "one line: {}",
                out.stderr
            );
        }
        chmod(path, before);
    }
    let out = env.rime("projects list").run().ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    // credentials.toml keeps its own check, which names write access as such.
    let creds = dir.join("credentials.toml");
    chmod(&creds, 0o622);
    env.rime("projects list").run().ok().stderr_has(format!(
        "warning: {} is writable by other users (mode 622); run `chmod 600 {}`",
        creds.display(),
        creds.display()
    ));
}

#[test]
fn a_symlinked_config_toml_is_written_through_to_its_target_and_kept() {
    let env = Env::new();
    let dir = env.config_dir();
    let link = dir.join("config.toml");
    let dotfiles = env.dir.path().join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let target = dotfiles.join("rime.toml");
    std::fs::rename(&link, &target).unwrap();
    // A relative link (as dotfile managers make), to a file that exists.
    std::os::unix::fs::symlink("../dotfiles/rime.toml", &link).unwrap();
    env.rime("profile set --project x").run().ok();
    assert!(
        link.symlink_metadata().unwrap().file_type().is_symlink(),
        "the link was kept"
    );
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("../dotfiles/rime.toml")
    );
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("project = \"x\""), "{text}");
    // Still the whole config: the profile's other keys survived the write.
    env.rime("projects list").run().ok();
    // A chain of links, absolute this time, ending at a file not yet created.
    let second = dotfiles.join("second.toml");
    std::fs::copy(&target, &second).unwrap();
    let fresh = dotfiles.join("fresh.toml");
    std::fs::remove_file(&second).unwrap();
    std::os::unix::fs::symlink(&fresh, &second).unwrap();
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&second, &link).unwrap();
    env.rime("profile set other --project y").run().ok();
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(second.symlink_metadata().unwrap().file_type().is_symlink());
    let text = std::fs::read_to_string(&fresh).unwrap();
    assert!(text.contains("[profiles.other]"), "{text}");
    // Atomic: no temporary file was left beside the link or the target.
    for d in [&dir, &dotfiles] {
        let stray: Vec<_> = files_under(d)
            .into_iter()
            .filter(|p| p.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(stray.is_empty(), "{stray:?}");
    }
}
