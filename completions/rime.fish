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
complete -c rime -n "__fish_rime_needs_command" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_needs_command" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_needs_command" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "profiles" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "monitoring" -d 'Monitoring: alert rules, channels, escalation policies, alerts, health summary'
complete -c rime -n "__fish_rime_needs_command" -f -a "governance" -d 'Governance: column classification, masking, grants, PII scans, compliance reports'
complete -c rime -n "__fish_rime_needs_command" -f -a "audit" -d 'The audit log: every change, login and failed login (admins)'
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
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "rules" -d 'Alert rules: a condition on a metric of a resource type'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "rule" -d 'Alert rules: a condition on a metric of a resource type'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "channels" -d 'Notification channels: email, Slack, PagerDuty, webhook'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "channel" -d 'Notification channels: email, Slack, PagerDuty, webhook'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "escalation-policies" -d 'Escalation policies: who is notified next while an alert keeps firing'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "escalation-policy" -d 'Escalation policies: who is notified next while an alert keeps firing'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "alerts" -d 'Alerts: list, inspect, acknowledge, resolve, watch'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "alert" -d 'Alerts: list, inspect, acknowledge, resolve, watch'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "summary" -d 'The project\'s health on one screen'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and not __fish_seen_subcommand_from rules rule channels channel escalation-policies escalation-policy alerts alert summary help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List alert rules'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "ls" -d 'List alert rules'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "get" -d 'Show one alert rule'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "create" -d 'Create an alert rule'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "update" -d 'Change an alert rule (only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete an alert rule (its alerts are kept)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "rm" -d 'Delete an alert rule (its alerts are kept)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "list" -d 'List alert rules'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "ls" -d 'List alert rules'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "get" -d 'Show one alert rule'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "create" -d 'Create an alert rule'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "update" -d 'Change an alert rule (only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "delete" -d 'Delete an alert rule (its alerts are kept)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "rm" -d 'Delete an alert rule (its alerts are kept)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from rule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "list" -d 'List notification channels'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "ls" -d 'List notification channels'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "get" -d 'Show one channel (its secret shows only as `<field>_set`)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "create" -d 'Create a channel'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "update" -d 'Change a channel; give --secret-stdin or --secret-file to replace its secret'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "delete" -d 'Delete a channel no rule or policy uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "rm" -d 'Delete a channel no rule or policy uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "test" -d 'Send a test message through a channel (exit 9 when it fails)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channels" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "list" -d 'List notification channels'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "ls" -d 'List notification channels'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "get" -d 'Show one channel (its secret shows only as `<field>_set`)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "create" -d 'Create a channel'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "update" -d 'Change a channel; give --secret-stdin or --secret-file to replace its secret'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "delete" -d 'Delete a channel no rule or policy uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "rm" -d 'Delete a channel no rule or policy uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "test" -d 'Send a test message through a channel (exit 9 when it fails)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from channel" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "list" -d 'List escalation policies'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "ls" -d 'List escalation policies'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "get" -d 'Show one escalation policy'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "create" -d 'Create an escalation policy'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "update" -d 'Change an escalation policy (--step replaces every step)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "delete" -d 'Delete an escalation policy no rule uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "rm" -d 'Delete an escalation policy no rule uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policies" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "list" -d 'List escalation policies'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "ls" -d 'List escalation policies'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "get" -d 'Show one escalation policy'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "create" -d 'Create an escalation policy'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "update" -d 'Change an escalation policy (--step replaces every step)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "delete" -d 'Delete an escalation policy no rule uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "rm" -d 'Delete an escalation policy no rule uses'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from escalation-policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'List alerts, newest first'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "ls" -d 'List alerts, newest first'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "get" -d 'Show one alert with its escalation progress'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "ack" -d 'Acknowledge a firing alert: escalation stops'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "acknowledge" -d 'Acknowledge a firing alert: escalation stops'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "resolve" -d 'Resolve a firing or acknowledged alert'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "watch" -d 'Follow alerts as they fire and change (Ctrl-C to stop)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alerts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "list" -d 'List alerts, newest first'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "ls" -d 'List alerts, newest first'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "get" -d 'Show one alert with its escalation progress'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "ack" -d 'Acknowledge a firing alert: escalation stops'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "acknowledge" -d 'Acknowledge a firing alert: escalation stops'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "resolve" -d 'Resolve a firing or acknowledged alert'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "watch" -d 'Follow alerts as they fire and change (Ctrl-C to stop)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from alert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from summary" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "rules" -d 'Alert rules: a condition on a metric of a resource type'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "channels" -d 'Notification channels: email, Slack, PagerDuty, webhook'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "escalation-policies" -d 'Escalation policies: who is notified next while an alert keeps firing'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "alerts" -d 'Alerts: list, inspect, acknowledge, resolve, watch'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "summary" -d 'The project\'s health on one screen'
complete -c rime -n "__fish_rime_using_subcommand monitoring; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "columns" -d 'The column catalogue: list, inspect and classify columns'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "column" -d 'The column catalogue: list, inspect and classify columns'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "masking-policies" -d 'Masking policies: how classified columns are masked'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "masking-policy" -d 'Masking policies: how classified columns are masked'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "grants" -d 'Role grants: which Snowflake roles see which columns unmasked'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "grant" -d 'Role grants: which Snowflake roles see which columns unmasked'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "scan" -d 'Start a PII scan (flags columns for review; never classifies)'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "scans" -d 'Past PII scans and their findings'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "report" -d 'Compliance reports: classification coverage, access matrix'
complete -c rime -n "__fish_rime_using_subcommand governance; and not __fish_seen_subcommand_from columns column masking-policies masking-policy grants grant scan scans report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -f -a "list" -d 'List catalogue columns with their classification and masking'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -f -a "ls" -d 'List catalogue columns with their classification and masking'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -f -a "get" -d 'Show one column'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -f -a "classify" -d 'Classify a column, or many from a CSV or NDJSON file'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from columns" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -f -a "list" -d 'List catalogue columns with their classification and masking'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -f -a "ls" -d 'List catalogue columns with their classification and masking'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -f -a "get" -d 'Show one column'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -f -a "classify" -d 'Classify a column, or many from a CSV or NDJSON file'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from column" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "list" -d 'List masking policies'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "ls" -d 'List masking policies'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "get" -d 'Show one masking policy'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "create" -d 'Create a masking policy'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "update" -d 'Change a masking policy (changing the type drops the old type\'s options)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "delete" -d 'Delete a masking policy (its columns fall back to the default masking)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "rm" -d 'Delete a masking policy (its columns fall back to the default masking)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policies" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "list" -d 'List masking policies'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "ls" -d 'List masking policies'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "get" -d 'Show one masking policy'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "create" -d 'Create a masking policy'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "update" -d 'Change a masking policy (changing the type drops the old type\'s options)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "delete" -d 'Delete a masking policy (its columns fall back to the default masking)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "rm" -d 'Delete a masking policy (its columns fall back to the default masking)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from masking-policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "list" -d 'List grants'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "ls" -d 'List grants'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "create" -d 'Grant a role visibility of a privacy level or a PII type'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "delete" -d 'Revoke a grant'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "rm" -d 'Revoke a grant'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grants" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "list" -d 'List grants'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "ls" -d 'List grants'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "create" -d 'Grant a role visibility of a privacy level or a PII type'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "delete" -d 'Revoke a grant'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "rm" -d 'Revoke a grant'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from grant" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l database -d 'Only this database' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l schema -d 'Only this schema' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l table -d 'Only this table' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l interval -d 'How often to check while waiting' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l include-classified -d 'Also sample columns that are already classified'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l wait -d 'Wait for the scan and show its findings (exit 9 if it fails)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -f -a "list" -d 'List PII scans, newest first'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -f -a "ls" -d 'List PII scans, newest first'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -f -a "get" -d 'Show a scan; its findings once completed'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from scans" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -f -a "coverage" -d 'Classification coverage overall, by database and by schema'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -f -a "access-matrix" -d 'Which roles see which columns unmasked'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from report" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "columns" -d 'The column catalogue: list, inspect and classify columns'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "masking-policies" -d 'Masking policies: how classified columns are masked'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "grants" -d 'Role grants: which Snowflake roles see which columns unmasked'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Start a PII scan (flags columns for review; never classifies)'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "scans" -d 'Past PII scans and their findings'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "report" -d 'Compliance reports: classification coverage, access matrix'
complete -c rime -n "__fish_rime_using_subcommand governance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -f -a "list" -d 'List audit entries, newest first'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -f -a "ls" -d 'List audit entries, newest first'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -f -a "export" -d 'Stream every matching entry (NDJSON by default) for archiving'
complete -c rime -n "__fish_rime_using_subcommand audit; and not __fish_seen_subcommand_from list ls export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Entries at or after this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Entries at or before this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'A user\'s email, or a user or API key id' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'e.g. project.created, auth.login_failed, column.classified' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l resource-type -d 'e.g. project, connector, alert_rule, notification_channel, column' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l since -d 'Entries at or after this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l until -d 'Entries at or before this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l actor -d 'A user\'s email, or a user or API key id' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l action -d 'e.g. project.created, auth.login_failed, column.classified' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l resource-type -d 'e.g. project, connector, alert_rule, notification_channel, column' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l since -d 'Entries at or after this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l until -d 'Entries at or before this time' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l actor -d 'A user\'s email, or a user or API key id' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l action -d 'e.g. project.created, auth.login_failed, column.classified' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l resource-type -d 'e.g. project, connector, alert_rule, notification_channel, column' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, newest first'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Stream every matching entry (NDJSON by default) for archiving'
complete -c rime -n "__fish_rime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "projects" -d 'Projects: the containers of every other resource'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "monitoring" -d 'Monitoring: alert rules, channels, escalation policies, alerts, health summary'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "governance" -d 'Governance: column classification, masking, grants, PII scans, compliance reports'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "audit" -d 'The audit log: every change, login and failed login (admins)'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "api" -d 'Make an authenticated request to any API path'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "sandbox" -d 'Run and control the local sandbox tenant'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects tenant auth profile monitoring governance audit api sandbox completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "delete" -d 'Delete a project and everything in it'
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
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from monitoring" -f -a "rules" -d 'Alert rules: a condition on a metric of a resource type'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from monitoring" -f -a "channels" -d 'Notification channels: email, Slack, PagerDuty, webhook'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from monitoring" -f -a "escalation-policies" -d 'Escalation policies: who is notified next while an alert keeps firing'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from monitoring" -f -a "alerts" -d 'Alerts: list, inspect, acknowledge, resolve, watch'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from monitoring" -f -a "summary" -d 'The project\'s health on one screen'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "columns" -d 'The column catalogue: list, inspect and classify columns'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "masking-policies" -d 'Masking policies: how classified columns are masked'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "grants" -d 'Role grants: which Snowflake roles see which columns unmasked'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "scan" -d 'Start a PII scan (flags columns for review; never classifies)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "scans" -d 'Past PII scans and their findings'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from governance" -f -a "report" -d 'Compliance reports: classification coverage, access matrix'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, newest first'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Stream every matching entry (NDJSON by default) for archiving'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox in the foreground until Ctrl-C'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "start" -d 'Start the sandbox in the background (the `sandbox` profile does this on demand)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Show whether the background sandbox runs, where, and its logins'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "stop" -d 'Stop the background sandbox'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Wipe the background sandbox\'s data and re-seed the demo tenant'
