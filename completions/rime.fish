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
complete -c rime -n "__fish_rime_needs_command" -f -a "transformations" -d 'Transformations: Kimball and Data Vault models, tests, runs and lineage'
complete -c rime -n "__fish_rime_needs_command" -f -a "tf" -d 'Transformations: Kimball and Data Vault models, tests, runs and lineage'
complete -c rime -n "__fish_rime_needs_command" -f -a "pipelines" -d 'Pipelines: DAGs of steps, versions, schedules, runs and live progress'
complete -c rime -n "__fish_rime_needs_command" -f -a "pl" -d 'Pipelines: DAGs of steps, versions, schedules, runs and live progress'
complete -c rime -n "__fish_rime_needs_command" -f -a "infrastructure" -d 'Snowflake and AWS resources as desired state: plan, apply, drift'
complete -c rime -n "__fish_rime_needs_command" -f -a "infra" -d 'Snowflake and AWS resources as desired state: plan, apply, drift'
complete -c rime -n "__fish_rime_needs_command" -f -a "connectors" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_needs_command" -f -a "conn" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_needs_command" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_needs_command" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_needs_command" -f -a "users" -d 'Users of the tenant: invite, roles, suspend, sessions'
complete -c rime -n "__fish_rime_needs_command" -f -a "user" -d 'Users of the tenant: invite, roles, suspend, sessions'
complete -c rime -n "__fish_rime_needs_command" -f -a "api-keys" -d 'A project\'s API keys for scripts and CI'
complete -c rime -n "__fish_rime_needs_command" -f -a "api-key" -d 'A project\'s API keys for scripts and CI'
complete -c rime -n "__fish_rime_needs_command" -f -a "doctor" -d 'Check settings, credentials, connectivity, TLS, proxy, clock and rate limits'
complete -c rime -n "__fish_rime_needs_command" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "profiles" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_needs_command" -f -a "monitoring" -d 'Monitoring: alert rules, channels, escalation policies, alerts, health summary'
complete -c rime -n "__fish_rime_needs_command" -f -a "governance" -d 'Governance: column classification, masking, grants, PII scans, compliance reports'
complete -c rime -n "__fish_rime_needs_command" -f -a "audit" -d 'The audit log: every change, login and failed login (admins)'
complete -c rime -n "__fish_rime_needs_command" -f -a "api" -d 'Make an authenticated request to any API path'
complete -c rime -n "__fish_rime_needs_command" -f -a "sandbox" -d 'Run and control the local sandbox tenant'
complete -c rime -n "__fish_rime_needs_command" -f -a "format" -d 'Render saved JSON or NDJSON (a file or stdin) in any output format, with --fields and --jq'
complete -c rime -n "__fish_rime_needs_command" -f -a "export" -d 'The project\'s configuration as YAML files (projects as code; docs/as-code.md)'
complete -c rime -n "__fish_rime_needs_command" -f -a "diff" -d 'Compare files with the project: what `rime apply` would create, update or delete'
complete -c rime -n "__fish_rime_needs_command" -f -a "apply" -d 'Make the project as the files say (dependency order, idempotent, only the fields given)'
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
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand projects; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand project; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
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
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "list" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "ls" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "get" -d 'Show one transformation'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "create" -d 'Create a transformation (Kimball by default; Data Vault needs the business tier)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "update" -d 'Rename a transformation or change its description (the methodology is fixed)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "delete" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "rm" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "models" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "model" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "run" -d 'Run every model, or some with everything upstream of them'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "runs" -d 'Runs of a transformation: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "lineage" -d 'Draw the lineage graph: a tree, Graphviz DOT, or JSON'
complete -c rime -n "__fish_rime_using_subcommand transformations; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l name -d 'Name (1-64 characters, unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l methodology -d 'kimball (the default) or data_vault; fixed once created' -r -f -a "kimball\t''
data_vault\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "list" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "ls" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "get" -d 'Show one model'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "create" -d 'Add a model'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "update" -d 'Change a model (--source and --test replace the whole list)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "delete" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "rm" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from models" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "list" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "ls" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "get" -d 'Show one model'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "create" -d 'Add a model'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "update" -d 'Change a model (--source and --test replace the whole list)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "delete" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "rm" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from model" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l models -d 'Run only these models (comma-separated) and everything upstream of them' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l interval -d 'Time between polls while following, e.g. 2s, 500ms' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l full-refresh -d 'Rebuild incremental models from scratch'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l wait -d 'Follow the run until it ends; exit 9 if a model or an error-severity test fails'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run as it stands'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a running run'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run until it ends, then print its test summary (exit 9 if it failed)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l model -d 'Centre the graph on this model' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l format -d 'tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)' -r -f -a "tree\t''
dot\t''
json\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l upstream -d 'With --model: only what it reads, transitively'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l downstream -d 'With --model: only what reads it, its tests included'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from lineage" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one transformation'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a transformation (Kimball by default; Data Vault needs the business tier)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a transformation or change its description (the methodology is fixed)'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "models" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run every model, or some with everything upstream of them'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "runs" -d 'Runs of a transformation: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "lineage" -d 'Draw the lineage graph: a tree, Graphviz DOT, or JSON'
complete -c rime -n "__fish_rime_using_subcommand transformations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "list" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "ls" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "get" -d 'Show one transformation'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "create" -d 'Create a transformation (Kimball by default; Data Vault needs the business tier)'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "update" -d 'Rename a transformation or change its description (the methodology is fixed)'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "delete" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "rm" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "models" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "model" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "run" -d 'Run every model, or some with everything upstream of them'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "runs" -d 'Runs of a transformation: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "lineage" -d 'Draw the lineage graph: a tree, Graphviz DOT, or JSON'
complete -c rime -n "__fish_rime_using_subcommand tf; and not __fish_seen_subcommand_from list ls get create update delete rm models model run runs lineage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l name -d 'Name (1-64 characters, unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l methodology -d 'kimball (the default) or data_vault; fixed once created' -r -f -a "kimball\t''
data_vault\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "list" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "ls" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "get" -d 'Show one model'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "create" -d 'Add a model'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "update" -d 'Change a model (--source and --test replace the whole list)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "delete" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "rm" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from models" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "list" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "ls" -d 'List a transformation\'s models with their kind, sources and test count'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "get" -d 'Show one model'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "create" -d 'Add a model'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "update" -d 'Change a model (--source and --test replace the whole list)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "delete" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "rm" -d 'Delete a model (refused while other models read it)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from model" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l models -d 'Run only these models (comma-separated) and everything upstream of them' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l interval -d 'Time between polls while following, e.g. 2s, 500ms' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l full-refresh -d 'Rebuild incremental models from scratch'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l wait -d 'Follow the run until it ends; exit 9 if a model or an error-severity test fails'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run as it stands'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a running run'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run until it ends, then print its test summary (exit 9 if it failed)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l model -d 'Centre the graph on this model' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l format -d 'tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)' -r -f -a "tree\t''
dot\t''
json\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l upstream -d 'With --model: only what it reads, transitively'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l downstream -d 'With --model: only what reads it, its tests included'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from lineage" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one transformation'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a transformation (Kimball by default; Data Vault needs the business tier)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a transformation or change its description (the methodology is fixed)'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "models" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run every model, or some with everything upstream of them'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "runs" -d 'Runs of a transformation: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "lineage" -d 'Draw the lineage graph: a tree, Graphviz DOT, or JSON'
complete -c rime -n "__fish_rime_using_subcommand tf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "list" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "ls" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "get" -d 'Show one pipeline (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "create" -d 'Create a pipeline from a YAML or JSON file and flags'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "update" -d 'Change a pipeline; changed steps make a new version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "delete" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "rm" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "graph" -d 'Draw the DAG, layer by layer (or as Graphviz DOT)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "versions" -d 'Versions: list, get, diff, restore'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "schedule" -d 'The schedule: show, set (with a preview), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "run" -d 'Start a run now (`--wait` or `--watch` to follow it to the end)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "runs" -d 'Runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l steps -d 'List the steps (key, type, dependencies, failure policy, retries, timeout) instead'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l name -d 'Name (unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l name -d 'Name (unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l format -d 'How to draw it (`-o json` gives the layers and edges as data)' -r -f -a "text\t''
dot\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from graph" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "list" -d 'List a pipeline\'s versions, newest first'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "ls" -d 'List a pipeline\'s versions, newest first'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "get" -d 'Show one version (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "diff" -d 'Compare the steps of two versions (B defaults to the current one)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "restore" -d 'Make a new current version with an old version\'s steps'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from versions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "show" -d 'Show the schedule and its next five runs'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "set" -d 'Set or change the schedule (only the options given change)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "pause" -d 'Stop starting scheduled runs (the schedule is kept)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "resume" -d 'Start scheduled runs again'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "clear" -d 'Remove the schedule'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from schedule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l wait -d 'Wait for the run to finish, polling it (exit 9 unless it succeeds)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l watch -d 'Follow the run live over WebSocket (exit 9 unless it succeeds; `-o ndjson` prints the frames)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List a pipeline\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List a pipeline\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run with its steps'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a queued or running run'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "list" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one pipeline (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a pipeline from a YAML or JSON file and flags'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a pipeline; changed steps make a new version'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "graph" -d 'Draw the DAG, layer by layer (or as Graphviz DOT)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "versions" -d 'Versions: list, get, diff, restore'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The schedule: show, set (with a preview), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "run" -d 'Start a run now (`--wait` or `--watch` to follow it to the end)'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "runs" -d 'Runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand pipelines; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "list" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "ls" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "get" -d 'Show one pipeline (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "create" -d 'Create a pipeline from a YAML or JSON file and flags'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "update" -d 'Change a pipeline; changed steps make a new version'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "delete" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "rm" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "graph" -d 'Draw the DAG, layer by layer (or as Graphviz DOT)'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "versions" -d 'Versions: list, get, diff, restore'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "schedule" -d 'The schedule: show, set (with a preview), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "run" -d 'Start a run now (`--wait` or `--watch` to follow it to the end)'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "runs" -d 'Runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand pl; and not __fish_seen_subcommand_from list ls get create update delete rm graph versions schedule run runs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l steps -d 'List the steps (key, type, dependencies, failure policy, retries, timeout) instead'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l name -d 'Name (unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l name -d 'Name (unique in the project)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l format -d 'How to draw it (`-o json` gives the layers and edges as data)' -r -f -a "text\t''
dot\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from graph" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "list" -d 'List a pipeline\'s versions, newest first'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "ls" -d 'List a pipeline\'s versions, newest first'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "get" -d 'Show one version (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "diff" -d 'Compare the steps of two versions (B defaults to the current one)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "restore" -d 'Make a new current version with an old version\'s steps'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from versions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "show" -d 'Show the schedule and its next five runs'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "set" -d 'Set or change the schedule (only the options given change)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "pause" -d 'Stop starting scheduled runs (the schedule is kept)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "resume" -d 'Start scheduled runs again'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "clear" -d 'Remove the schedule'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from schedule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l wait -d 'Wait for the run to finish, polling it (exit 9 unless it succeeds)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l watch -d 'Follow the run live over WebSocket (exit 9 unless it succeeds; `-o ndjson` prints the frames)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "list" -d 'List a pipeline\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "ls" -d 'List a pipeline\'s runs, newest first'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show one run with its steps'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "cancel" -d 'Cancel a queued or running run'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from runs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "list" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one pipeline (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a pipeline from a YAML or JSON file and flags'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a pipeline; changed steps make a new version'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "graph" -d 'Draw the DAG, layer by layer (or as Graphviz DOT)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "versions" -d 'Versions: list, get, diff, restore'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The schedule: show, set (with a preview), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "run" -d 'Start a run now (`--wait` or `--watch` to follow it to the end)'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "runs" -d 'Runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand pl; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "list" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "ls" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "get" -d 'Show one resource (by name, TYPE/NAME or id)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "create" -d 'Add a resource to the desired state; nothing is provisioned until `apply`'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "update" -d 'Change a resource\'s config (a merge patch); it becomes a pending change'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "delete" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "rm" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "types" -d 'The resource types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "changes" -d 'List pending changes (what the next plan would contain)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "plan" -d 'Preview the changes: + create, ~ modify, - destroy'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "apply" -d 'Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "applies" -d 'Past and running applies'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "drift" -d 'Drift between the actual state and what Rime applied; `drift check` looks again'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l type -d 'Only this type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l status -d 'Only this status: pending_create, pending_update, pending_delete, active, failed, drifted' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l type -d 'Only this type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l status -d 'Only this status: pending_create, pending_update, pending_delete, active, failed, drifted' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l type -d 'Resource type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l name -d 'Name (Snowflake names are stored upper case; S3 buckets get the project identifier prefixed)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l config -d 'A config key, e.g. --config size=small --config auto_suspend_seconds=300 (values are typed: numbers, true/false/null, JSON arrays/objects; repeat for several keys)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l config -d 'A config key, e.g. --config size=small --config auto_suspend_seconds=300 (values are typed: numbers, true/false/null, JSON arrays/objects; repeat for several keys)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from types" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from changes" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l out -d 'Also save the plan (JSON) to FILE, for `rime infra apply --plan-file FILE`' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l detailed-exitcode -d 'Exit 0 when there is nothing to change and 10 when there are changes (for CI drift gates)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l plan -d 'Apply this plan (from `rime infra plan`); without it, a new plan is made and applied' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l plan-file -d 'Apply the plan saved by `rime infra plan --out FILE`' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l wait -d 'Follow the apply resource by resource; exit 0 when it succeeds, 9 when it fails'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l force -d 'Apply even when the plan destroys a resource that a kept one still names'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -f -a "list" -d 'Applies, newest first'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -f -a "ls" -d 'Applies, newest first'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -f -a "get" -d 'One apply and its per-resource results'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -f -a "watch" -d 'Follow a running apply until it ends (exit 0 succeeded, 9 failed)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from applies" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -f -a "check" -d 'Compare the actual state with what Rime applied now, instead of at the next scheduled run'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from drift" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "list" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one resource (by name, TYPE/NAME or id)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a resource to the desired state; nothing is provisioned until `apply`'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a resource\'s config (a merge patch); it becomes a pending change'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "types" -d 'The resource types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "changes" -d 'List pending changes (what the next plan would contain)'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Preview the changes: + create, ~ modify, - destroy'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "applies" -d 'Past and running applies'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "drift" -d 'Drift between the actual state and what Rime applied; `drift check` looks again'
complete -c rime -n "__fish_rime_using_subcommand infrastructure; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "list" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "ls" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "get" -d 'Show one resource (by name, TYPE/NAME or id)'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "create" -d 'Add a resource to the desired state; nothing is provisioned until `apply`'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "update" -d 'Change a resource\'s config (a merge patch); it becomes a pending change'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "delete" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "rm" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "types" -d 'The resource types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "changes" -d 'List pending changes (what the next plan would contain)'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "plan" -d 'Preview the changes: + create, ~ modify, - destroy'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "apply" -d 'Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "applies" -d 'Past and running applies'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "drift" -d 'Drift between the actual state and what Rime applied; `drift check` looks again'
complete -c rime -n "__fish_rime_using_subcommand infra; and not __fish_seen_subcommand_from list ls get create update delete rm types changes plan apply applies drift help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l type -d 'Only this type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l status -d 'Only this status: pending_create, pending_update, pending_delete, active, failed, drifted' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l type -d 'Only this type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l status -d 'Only this status: pending_create, pending_update, pending_delete, active, failed, drifted' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l type -d 'Resource type, e.g. snowflake_warehouse (see `rime infra types`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l name -d 'Name (Snowflake names are stored upper case; S3 buckets get the project identifier prefixed)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l config -d 'A config key, e.g. --config size=small --config auto_suspend_seconds=300 (values are typed: numbers, true/false/null, JSON arrays/objects; repeat for several keys)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l config -d 'A config key, e.g. --config size=small --config auto_suspend_seconds=300 (values are typed: numbers, true/false/null, JSON arrays/objects; repeat for several keys)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from types" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from changes" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l out -d 'Also save the plan (JSON) to FILE, for `rime infra apply --plan-file FILE`' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l detailed-exitcode -d 'Exit 0 when there is nothing to change and 10 when there are changes (for CI drift gates)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l plan -d 'Apply this plan (from `rime infra plan`); without it, a new plan is made and applied' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l plan-file -d 'Apply the plan saved by `rime infra plan --out FILE`' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l wait -d 'Follow the apply resource by resource; exit 0 when it succeeds, 9 when it fails'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l force -d 'Apply even when the plan destroys a resource that a kept one still names'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -f -a "list" -d 'Applies, newest first'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -f -a "ls" -d 'Applies, newest first'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -f -a "get" -d 'One apply and its per-resource results'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -f -a "watch" -d 'Follow a running apply until it ends (exit 0 succeeded, 9 failed)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from applies" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -f -a "check" -d 'Compare the actual state with what Rime applied now, instead of at the next scheduled run'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from drift" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "list" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one resource (by name, TYPE/NAME or id)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a resource to the desired state; nothing is provisioned until `apply`'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a resource\'s config (a merge patch); it becomes a pending change'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "types" -d 'The resource types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "changes" -d 'List pending changes (what the next plan would contain)'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Preview the changes: + create, ~ modify, - destroy'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "applies" -d 'Past and running applies'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "drift" -d 'Drift between the actual state and what Rime applied; `drift check` looks again'
complete -c rime -n "__fish_rime_using_subcommand infra; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "ls" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "rm" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand connectors; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand connectors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "ls" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "rm" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand conn; and not __fish_seen_subcommand_from list ls get create update delete rm test sync upload types runs schema schedule help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from create" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
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
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand conn; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
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
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "status" -d 'Show who you are, your role, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "refresh" -d 'Refresh the stored session now (rotating the refresh token)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "providers" -d 'List the tenant\'s identity providers (for `rime auth login --sso ID`)'
complete -c rime -n "__fish_rime_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout providers help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l email -d 'Account email (prompted for on a terminal when missing); with --sso or --google, a hint telling the identity provider which account to use' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l sso -d 'Log in through the tenant\'s identity provider PROVIDER in a browser (see `rime auth providers`)' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l browser-timeout -d 'How long to wait for the browser login to come back, e.g. 90s, 5m [default: 5m]' -r
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
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read an API key or access token from standard input (for CI)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l google -d 'Log in with Google in a browser'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'Print the login URL instead of opening a browser (then wait for the login to come back)'
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
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
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
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from providers" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who you are, your role, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Refresh the stored session now (rotating the refresh token)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "providers" -d 'List the tenant\'s identity providers (for `rime auth login --sso ID`)'
complete -c rime -n "__fish_rime_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "list" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "ls" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "get" -d 'Show one user'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "invite" -d 'Invite a user by email (they start as `invited`)'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "update" -d 'Change a user\'s name or role'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "delete" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "rm" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "suspend" -d 'Suspend a user: they cannot log in, and their sessions end'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "activate" -d 'Re-activate a suspended (or invited) user'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "revoke-sessions" -d 'End every session of a user (they must log in again)'
complete -c rime -n "__fish_rime_using_subcommand users; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l role -d 'Only users with this role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l status -d 'Only users in this state' -r -f -a "invited\t''
active\t''
suspended\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l role -d 'Only users with this role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l status -d 'Only users in this state' -r -f -a "invited\t''
active\t''
suspended\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l first-name -d 'First name' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l last-name -d 'Last name' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l role -d 'Role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l first-name -d 'First name' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l last-name -d 'Last name' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l role -d 'Role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from revoke-sessions" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one user'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a user by email (they start as `invited`)'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s name or role'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a user: they cannot log in, and their sessions end'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Re-activate a suspended (or invited) user'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "revoke-sessions" -d 'End every session of a user (they must log in again)'
complete -c rime -n "__fish_rime_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "list" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "ls" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "get" -d 'Show one user'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "invite" -d 'Invite a user by email (they start as `invited`)'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "update" -d 'Change a user\'s name or role'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "delete" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "rm" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "suspend" -d 'Suspend a user: they cannot log in, and their sessions end'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "activate" -d 'Re-activate a suspended (or invited) user'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "revoke-sessions" -d 'End every session of a user (they must log in again)'
complete -c rime -n "__fish_rime_using_subcommand user; and not __fish_seen_subcommand_from list ls get invite update delete rm suspend activate revoke-sessions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users with this role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only users in this state' -r -f -a "invited\t''
active\t''
suspended\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l role -d 'Only users with this role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l status -d 'Only users in this state' -r -f -a "invited\t''
active\t''
suspended\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l first-name -d 'First name' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l last-name -d 'Last name' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l role -d 'Role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l first-name -d 'First name' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l last-name -d 'Last name' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l role -d 'Role' -r -f -a "admin\t''
editor\t''
viewer\t''
governance_admin\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s f -l from-file -l file -d 'Read the request body from a JSON or YAML file (`-` for standard input)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l set -d 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file\'s text)' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from revoke-sessions" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one user'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a user by email (they start as `invited`)'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s name or role'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a user: they cannot log in, and their sessions end'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Re-activate a suspended (or invited) user'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "revoke-sessions" -d 'End every session of a user (they must log in again)'
complete -c rime -n "__fish_rime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "list" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "ls" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "create" -d 'Create an API key and print its secret, once'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "revoke" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "rm" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l role -d 'What the key may do in its project' -r -f -a "editor\t''
viewer\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l expires-in-days -d 'Days until the key expires (1-365); without it the key never expires' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key and print its secret, once'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "list" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "ls" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "create" -d 'Create an API key and print its secret, once'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "revoke" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "rm" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create revoke rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l max-items -d 'Stop after N items (prints a resume cursor when more remain)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1-100 (the API\'s `limit`)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l cursor -d 'Start from this cursor (from an earlier, interrupted listing)' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l no-paginate -d 'Fetch only one page'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page (the default; overrides --max-items)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l role -d 'What the key may do in its project' -r -f -a "editor\t''
viewer\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l expires-in-days -d 'Days until the key expires (1-365); without it the key never expires' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key and print its secret, once'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an API key: anything using it gets 401 from then on'
complete -c rime -n "__fish_rime_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand doctor" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand doctor" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand doctor" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand doctor" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand doctor" -s V -l version -d 'Print version'
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
complete -c rime -n "__fish_rime_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l clock-rate -d 'Simulated seconds per real second, from 0 (frozen) to 1000000' -r
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
complete -c rime -n "__fish_rime_using_subcommand format" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand format" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand format" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand format" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand format" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand format" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand format" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand format" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand format" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand format" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand format" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand export" -l kind -d 'Only these kinds (repeatable): connector, pipeline, alert_rule, …' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l dir -d 'Write one file per resource under DIR (`connectors/orders-db.yaml`) instead of stdout' -r -F
complete -c rime -n "__fish_rime_using_subcommand export" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand export" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand export" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand export" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand export" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand export" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand export" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand export" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand export" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand export" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand export" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand diff" -s f -l file -d 'Files or directories of YAML documents (repeatable)' -r -F
complete -c rime -n "__fish_rime_using_subcommand diff" -l target -d 'Pick a target of rime.yaml (its variables)' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l var -d 'A variable for `${var:NAME}` (repeatable): NAME=VALUE' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l var-file -d 'A YAML file of variables (repeatable)' -r -F
complete -c rime -n "__fish_rime_using_subcommand diff" -l kind -d 'Only resources of these kinds (repeatable)' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l name -d 'Only resources with these names (repeatable)' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l out -d 'Also save the plan (JSON) to FILE, for `rime apply --plan FILE`' -r -F
complete -c rime -n "__fish_rime_using_subcommand diff" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand diff" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand diff" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand diff" -l prune -d 'Also delete resources of the kinds in the files that the files no longer name'
complete -c rime -n "__fish_rime_using_subcommand diff" -l detailed-exitcode -d 'Exit 0 when there is nothing to change and 10 when there are changes (for CI gates)'
complete -c rime -n "__fish_rime_using_subcommand diff" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand diff" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand diff" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand diff" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand diff" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand diff" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand diff" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand diff" -s V -l version -d 'Print version'
complete -c rime -n "__fish_rime_using_subcommand apply" -s f -l file -d 'Files or directories of YAML documents (repeatable)' -r -F
complete -c rime -n "__fish_rime_using_subcommand apply" -l target -d 'Pick a target of rime.yaml (its variables)' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l var -d 'A variable for `${var:NAME}` (repeatable): NAME=VALUE' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l var-file -d 'A YAML file of variables (repeatable)' -r -F
complete -c rime -n "__fish_rime_using_subcommand apply" -l kind -d 'Only resources of these kinds (repeatable)' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l name -d 'Only resources with these names (repeatable)' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l plan -d 'Apply exactly this saved plan (from `rime diff --out`); refused if the project moved on' -r -F
complete -c rime -n "__fish_rime_using_subcommand apply" -l profile -d 'Profile to use [env: RIME_PROFILE]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l tenant -d 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l api-url -d 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -s p -l project -d 'Project id or name [env: RIME_PROJECT]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -s o -l output -d 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l fields -d 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l jq -d 'jq filter applied to the JSON result, in-process [env: RIME_JQ]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l color -d 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c rime -n "__fish_rime_using_subcommand apply" -l timeout -d 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l max-retries -d 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]' -r
complete -c rime -n "__fish_rime_using_subcommand apply" -l ca-cert -d 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]' -r -F
complete -c rime -n "__fish_rime_using_subcommand apply" -l prune -d 'Also delete resources of the kinds in the files that the files no longer name'
complete -c rime -n "__fish_rime_using_subcommand apply" -l dry-run -d 'Show the plan and change nothing'
complete -c rime -n "__fish_rime_using_subcommand apply" -l no-header -d 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]'
complete -c rime -n "__fish_rime_using_subcommand apply" -s q -l quiet -d 'Print only data and errors [env: RIME_QUIET]'
complete -c rime -n "__fish_rime_using_subcommand apply" -s v -l verbose -d 'Print more about what rime is doing [env: RIME_VERBOSE]'
complete -c rime -n "__fish_rime_using_subcommand apply" -l debug -d 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]'
complete -c rime -n "__fish_rime_using_subcommand apply" -s y -l yes -d 'Confirm destructive actions without prompting [env: RIME_YES]'
complete -c rime -n "__fish_rime_using_subcommand apply" -l no-input -d 'Never prompt; fail instead [env: RIME_NO_INPUT]'
complete -c rime -n "__fish_rime_using_subcommand apply" -s h -l help -d 'Print help'
complete -c rime -n "__fish_rime_using_subcommand apply" -s V -l version -d 'Print version'
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
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "projects" -d 'Projects: the containers of every other resource'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "transformations" -d 'Transformations: Kimball and Data Vault models, tests, runs and lineage'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "pipelines" -d 'Pipelines: DAGs of steps, versions, schedules, runs and live progress'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "infrastructure" -d 'Snowflake and AWS resources as desired state: plan, apply, drift'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "connectors" -d 'Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "tenant" -d 'The tenant: tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "auth" -d 'Log in, inspect and manage credentials'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "users" -d 'Users of the tenant: invite, roles, suspend, sessions'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "api-keys" -d 'A project\'s API keys for scripts and CI'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "doctor" -d 'Check settings, credentials, connectivity, TLS, proxy, clock and rate limits'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "profile" -d 'Named settings: tenant, default project, output'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "monitoring" -d 'Monitoring: alert rules, channels, escalation policies, alerts, health summary'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "governance" -d 'Governance: column classification, masking, grants, PII scans, compliance reports'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "audit" -d 'The audit log: every change, login and failed login (admins)'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "api" -d 'Make an authenticated request to any API path'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "sandbox" -d 'Run and control the local sandbox tenant'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "format" -d 'Render saved JSON or NDJSON (a file or stdin) in any output format, with --fields and --jq'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "export" -d 'The project\'s configuration as YAML files (projects as code; docs/as-code.md)'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "diff" -d 'Compare files with the project: what `rime apply` would create, update or delete'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "apply" -d 'Make the project as the files say (dependency order, idempotent, only the fields given)'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c rime -n "__fish_rime_using_subcommand help; and not __fish_seen_subcommand_from projects transformations pipelines infrastructure connectors tenant auth users api-keys doctor profile monitoring governance audit api sandbox format export diff apply completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "list" -d 'List projects'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "get" -d 'Show one project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "create" -d 'Create a project'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "update" -d 'Change a project (merge patch: only the fields given change)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "delete" -d 'Delete a project and everything in it'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "list" -d 'List the project\'s transformations'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "get" -d 'Show one transformation'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "create" -d 'Create a transformation (Kimball by default; Data Vault needs the business tier)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "update" -d 'Rename a transformation or change its description (the methodology is fixed)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "delete" -d 'Delete a transformation with its models and runs'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "models" -d 'Models of a transformation: list, get, create, update, delete'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "run" -d 'Run every model, or some with everything upstream of them'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "runs" -d 'Runs of a transformation: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from transformations" -f -a "lineage" -d 'Draw the lineage graph: a tree, Graphviz DOT, or JSON'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "list" -d 'List pipelines'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "get" -d 'Show one pipeline (`--steps`: its steps as a table)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "create" -d 'Create a pipeline from a YAML or JSON file and flags'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "update" -d 'Change a pipeline; changed steps make a new version'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "delete" -d 'Delete a pipeline with its versions and runs'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "graph" -d 'Draw the DAG, layer by layer (or as Graphviz DOT)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "versions" -d 'Versions: list, get, diff, restore'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "schedule" -d 'The schedule: show, set (with a preview), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "run" -d 'Start a run now (`--wait` or `--watch` to follow it to the end)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from pipelines" -f -a "runs" -d 'Runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "list" -d 'List managed resources (the desired state)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "get" -d 'Show one resource (by name, TYPE/NAME or id)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "create" -d 'Add a resource to the desired state; nothing is provisioned until `apply`'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "update" -d 'Change a resource\'s config (a merge patch); it becomes a pending change'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "delete" -d 'Mark a resource for destruction by the next `apply`'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "types" -d 'The resource types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "changes" -d 'List pending changes (what the next plan would contain)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "plan" -d 'Preview the changes: + create, ~ modify, - destroy'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "apply" -d 'Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "applies" -d 'Past and running applies'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from infrastructure" -f -a "drift" -d 'Drift between the actual state and what Rime applied; `drift check` looks again'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "list" -d 'List connectors with their status, schedule, last and next run'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "get" -d 'Show one connector'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "create" -d 'Create a connector (see `rime connectors types` for each type\'s config keys)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "update" -d 'Change a connector\'s name or config (merge patch: only what is given changes)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "delete" -d 'Delete a connector and its run history'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "test" -d 'Test a connector\'s connection: reachability, authentication, permissions (exit 9 on failure)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "sync" -d 'Start a sync; with --wait, follow it to the end (exit 9 unless it completes)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "upload" -d 'Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "types" -d 'List the connector types and their config keys'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "runs" -d 'A connector\'s sync runs: list, get, cancel, watch'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "schema" -d 'The discovered tables and columns, and which are synced'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from connectors" -f -a "schedule" -d 'The sync schedule: set (with a preview of the next runs), pause, resume, clear'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show the tenant, its tier, limits and usage'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in and store the credential for the profile (created if needed)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who you are, your role, where the secret is stored and when the token expires'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "refresh" -d 'Refresh the stored session now (rotating the refresh token)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'End the session on the server and delete the stored credential'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "providers" -d 'List the tenant\'s identity providers (for `rime auth login --sso ID`)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List the tenant\'s users'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show one user'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "invite" -d 'Invite a user by email (they start as `invited`)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s name or role'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user and end their sessions'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "suspend" -d 'Suspend a user: they cannot log in, and their sessions end'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "activate" -d 'Re-activate a suspended (or invited) user'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "revoke-sessions" -d 'End every session of a user (they must log in again)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "list" -d 'List the project\'s API keys (never their secrets)'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "create" -d 'Create an API key and print its secret, once'
complete -c rime -n "__fish_rime_using_subcommand help; and __fish_seen_subcommand_from api-keys" -f -a "revoke" -d 'Revoke an API key: anything using it gets 401 from then on'
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
