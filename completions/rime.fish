complete --keep-order --exclusive --command rime --arguments "(RIME_COMPLETE=fish rime -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
