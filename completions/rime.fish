# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rime_global_optspecs
    string join \n profile= tenant= api-url= p/project= o/output= fields= jq= no-header color= q/quiet v/verbose debug timeout= max-retries= y/yes no-input ca-cert= h/help V/version
end

function __fish_rime_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rime_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rime_using_subcommand
    set -l cmd (__fish_rime_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rime -n "__fish_rime_needs_command" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_needs_command" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_needs_command" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_needs_command" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_needs_command" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_needs_command" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_needs_command" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_needs_command" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_needs_command" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_needs_command" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_needs_command" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_needs_command" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_needs_command" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_needs_command" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_needs_command" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_needs_command" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_needs_command" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_needs_command" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_needs_command" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_needs_command" -f -a "projects" -d 'Projects: the containers of every other resource'
complete -c rime -n "__fish_rime_needs_command" -f -a "project" -d 'Projects: the containers of every other resource'
complete -c rime -n "__fish_rime_needs_command" -f -a "connectors" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_needs_command" -f -a "conn" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_needs_command" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_needs_command" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_needs_command" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "profiles" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "api" -d 'Make an authenticated request to any API path'
complete -c rime -n "__fish_rime_needs_command" -f -a "sandbox" -d 'Run and control the local sandbox tenant'
complete -c rime -n "__fish_rime_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c rime -n "__fish_rime_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "ls" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "rm" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand projects; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l identifier -d 'Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l name -d 'Display name (1-64 characters, unique)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l name -d 'Display name (1-64 characters, unique)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "ls" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "rm" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand project; and not __fish_seen_subcommand_from list ls get create update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l identifier -d 'Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l name -d 'Display name (1-64 characters, unique)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l name -d 'Display name (1-64 characters, unique)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "ls" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "rm" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l type -d 'Only connectors of this type (see `rime connectors types`)' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l status -d 'Only connectors with this status' -r -f -a "active\t''
paused\t''
error\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l type -d 'Only connectors of this type (see `rime connectors types`)' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l status -d 'Only connectors with this status' -r -f -a "active\t''
paused\t''
error\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l type -d 'Connector type (see `rime connectors types`); may come from --from-file instead' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l cron -d 'Sync schedule, five cron fields (e.g. "0 2 * * *"); see `connectors schedule set` for a preview' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone of --cron [default: Pacific/Auckland]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l name -d 'Display name, unique in the project' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l config -d 'A config value, e.g. --config host=db.internal --config port=5432 (repeatable; dotted keys nest: auth.method=bearer; lists: projects=SUP,OPS; JSON: endpoints=\'[{"path":"/u","table":"u"}]\')' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l secret -d 'A secret config value from standard input (password=-) or a file (password=@FILE); never from the command line. On a terminal, missing required secrets are asked for (hidden)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l name -d 'Display name, unique in the project' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l config -d 'A config value, e.g. --config host=db.internal --config port=5432 (repeatable; dotted keys nest: auth.method=bearer; lists: projects=SUP,OPS; JSON: endpoints=\'[{"path":"/u","table":"u"}]\')' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l secret -d 'A secret config value from standard input (password=-) or a file (password=@FILE); never from the command line. On a terminal, missing required secrets are asked for (hidden)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from types" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l wait -d 'Follow the run to its end, table by table (exit 9 unless it completes; the global --timeout D also limits how long to wait)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List a connector\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List a connector\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run and its tables'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a running run (its finished tables keep their rows)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run until it ends (exit 9 unless it completes; --timeout D limits the wait)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -f -a "show" -d 'Show the discovered tables and which are selected (--columns: every column)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -f -a "select" -d 'Select tables for the next sync (and bring back excluded columns)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -f -a "deselect" -d 'Deselect tables, or exclude single columns, from the next sync'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -f -a "refresh" -d 'Re-discover the source\'s tables; the selection is kept'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schema" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -f -a "set" -d 'Set the schedule; the next 5 run times in its zone are shown first (a terminal asks to confirm unless --yes; scripts and CI proceed)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -f -a "pause" -d 'Pause the schedule: no scheduled runs until it is resumed'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -f -a "resume" -d 'Resume a paused schedule from now (missed runs are not caught up)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -f -a "clear" -d 'Remove the schedule'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from schedule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "ls" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "rm" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm types test sync runs schema schedule upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l type -d 'Only connectors of this type (see `rime connectors types`)' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l status -d 'Only connectors with this status' -r -f -a "active\t''
paused\t''
error\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l type -d 'Only connectors of this type (see `rime connectors types`)' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l status -d 'Only connectors with this status' -r -f -a "active\t''
paused\t''
error\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l type -d 'Connector type (see `rime connectors types`); may come from --from-file instead' -r -f -a "postgresql\t''
mysql\t''
sqlserver\t''
oracle\t''
mongodb\t''
salesforce\t''
xero\t''
shopify\t''
google_sheets\t''
jira\t''
github\t''
gitlab\t''
azure_devops\t''
rest_api\t''
file\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l cron -d 'Sync schedule, five cron fields (e.g. "0 2 * * *"); see `connectors schedule set` for a preview' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone of --cron [default: Pacific/Auckland]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l name -d 'Display name, unique in the project' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l config -d 'A config value, e.g. --config host=db.internal --config port=5432 (repeatable; dotted keys nest: auth.method=bearer; lists: projects=SUP,OPS; JSON: endpoints=\'[{"path":"/u","table":"u"}]\')' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l secret -d 'A secret config value from standard input (password=-) or a file (password=@FILE); never from the command line. On a terminal, missing required secrets are asked for (hidden)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l name -d 'Display name, unique in the project' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l config -d 'A config value, e.g. --config host=db.internal --config port=5432 (repeatable; dotted keys nest: auth.method=bearer; lists: projects=SUP,OPS; JSON: endpoints=\'[{"path":"/u","table":"u"}]\')' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l secret -d 'A secret config value from standard input (password=-) or a file (password=@FILE); never from the command line. On a terminal, missing required secrets are asked for (hidden)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l from-file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from types" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l wait -d 'Follow the run to its end, table by table (exit 9 unless it completes; the global --timeout D also limits how long to wait)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List a connector\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List a connector\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run and its tables'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a running run (its finished tables keep their rows)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run until it ends (exit 9 unless it completes; --timeout D limits the wait)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -f -a "show" -d 'Show the discovered tables and which are selected (--columns: every column)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -f -a "select" -d 'Select tables for the next sync (and bring back excluded columns)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -f -a "deselect" -d 'Deselect tables, or exclude single columns, from the next sync'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -f -a "refresh" -d 'Re-discover the source\'s tables; the selection is kept'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schema" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -f -a "set" -d 'Set the schedule; the next 5 run times in its zone are shown first (a terminal asks to confirm unless --yes; scripts and CI proceed)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -f -a "pause" -d 'Pause the schedule: no scheduled runs until it is resumed'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -f -a "resume" -d 'Resume a paused schedule from now (missed runs are not caught up)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -f -a "clear" -d 'Remove the schedule'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from schedule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show the tenant, its tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand tenant; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the tenant, its tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "status" -d 'Show who you are, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l email -d 'Account email (prompted for on a terminal when missing)' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from standard input (never from a flag)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read an API key or access token from standard input'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l show-token -d 'Print the token instead of a masked form'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who you are, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "ls" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "show" -d 'Show every resolved setting and where it came from (flag, env, profile, default)'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "use" -d 'Make a profile the current one'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "set" -d 'Create or change a profile'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "rm" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "rename" -d 'Rename a profile (credentials move with it)'
complete -c rime -n "__fish_rime_using_subcommand profile; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l credential-store -d 'Where secrets live: auto (keyring, else file), keyring, or file' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l unset -d 'Remove a key from the profile' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every resolved setting and where it came from (flag, env, profile, default)'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the current one'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or change a profile'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile (credentials move with it)'
complete -c rime -n "__fish_rime_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "ls" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "show" -d 'Show every resolved setting and where it came from (flag, env, profile, default)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "use" -d 'Make a profile the current one'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "set" -d 'Create or change a profile'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "rm" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "rename" -d 'Rename a profile (credentials move with it)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and not __fish_seen_subcommand_from list ls show use set delete rm rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l credential-store -d 'Where secrets live: auto (keyring, else file), keyring, or file' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l unset -d 'Remove a key from the profile' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every resolved setting and where it came from (flag, env, profile, default)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the current one'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or change a profile'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile (credentials move with it)'
complete -c rime -n "__fish_rime_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand api" -s f -l raw-field -d 'A string field, key=value (nested keys with dots); query parameters for GET and DELETE' -r
complete -c rime -n "__fish_rime_using_subcommand api" -s F -l field -d 'A typed field: numbers, true/false/null, JSON, @file (@- for stdin)' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l input -d 'Send this file as the request body (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand api" -s H -l header -d 'An extra request header, "Name: value"' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api" -l paginate -d 'Follow `next_cursor` and merge every page\'s `data` into one array'
complete -c rime -n "__fish_rime_using_subcommand api" -s i -l include -d 'Show the response status line and headers'
complete -c rime -n "__fish_rime_using_subcommand api" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "serve" -d 'Run the sandbox in the foreground until Ctrl-C'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "start" -d 'Start the sandbox in the background (the `sandbox` profile does this on demand)'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "status" -d 'Show whether the background sandbox runs, where, and its logins'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "stop" -d 'Stop the background sandbox'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "reset" -d 'Wipe the background sandbox\'s data and re-seed the demo tenant'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and not __fish_seen_subcommand_from serve start status stop reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l database -d 'SQLite database file (default: a throwaway in-memory database)' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l clock-rate -d 'Simulated seconds per real second (0 freezes the clock)' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed for deterministic ids and simulated data' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l background-child -d 'Internal: run as the background sandbox of `rime sandbox start`'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox in the foreground until Ctrl-C'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the sandbox in the background (the `sandbox` profile does this on demand)'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether the background sandbox runs, where, and its logins'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the background sandbox'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Wipe the background sandbox\'s data and re-seed the demo tenant'
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand completion" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand completion" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand completion" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand completion" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand completion" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand completion" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand completion" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand completion" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand completion" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand completion" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand completion" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "projects" -d 'Projects: the containers of every other resource'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "connectors" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "api" -d 'Make an authenticated request to any API path'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "sandbox" -d 'Run and control the local sandbox tenant'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects connectors tenant auth profile api sandbox completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show the tenant, its tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who you are, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if needed)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles (the current one is marked)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show every resolved setting and where it came from (flag, env, profile, default)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the current one'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Create or change a profile'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rename" -d 'Rename a profile (credentials move with it)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox in the foreground until Ctrl-C'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "start" -d 'Start the sandbox in the background (the `sandbox` profile does this on demand)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Show whether the background sandbox runs, where, and its logins'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "stop" -d 'Stop the background sandbox'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Wipe the background sandbox\'s data and re-seed the demo tenant'
