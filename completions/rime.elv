
set edit:completion:arg-completer[rime] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) RIME_COMPLETE="elvish" rime -- $@words) | to-lines
}

