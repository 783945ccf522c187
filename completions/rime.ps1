
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'rime' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'rime'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'rime' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Projects: the containers of every other resource')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects: the containers of every other resource')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'The tenant: tier, limits and usage')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, inspect and manage credentials')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the tenant: invite, roles, suspend, sessions')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of the tenant: invite, roles, suspend, sessions')
            [CompletionResult]::new('api-keys', 'api-keys', [CompletionResultType]::ParameterValue, 'A project''s API keys for scripts and CI')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'A project''s API keys for scripts and CI')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check settings, credentials, connectivity, TLS, proxy, clock and rate limits')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated request to any API path')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local sandbox tenant')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Render saved JSON or NDJSON (a file or stdin) in any output format, with --fields and --jq')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;projects' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project (merge patch: only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;project' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project (merge patch: only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;projects;list' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;ls' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;list' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;ls' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;create' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (1-64 characters, unique)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;create' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (1-64 characters, unique)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (1-64 characters, unique)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (1-64 characters, unique)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;project;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;projects;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project (merge patch: only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;projects;help;list' {
            break
        }
        'rime;projects;help;get' {
            break
        }
        'rime;projects;help;create' {
            break
        }
        'rime;projects;help;update' {
            break
        }
        'rime;projects;help;delete' {
            break
        }
        'rime;projects;help;help' {
            break
        }
        'rime;project;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project (merge patch: only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;project;help;list' {
            break
        }
        'rime;project;help;get' {
            break
        }
        'rime;project;help;create' {
            break
        }
        'rime;project;help;update' {
            break
        }
        'rime;project;help;delete' {
            break
        }
        'rime;project;help;help' {
            break
        }
        'rime;tenant' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the tenant, its tier, limits and usage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tenant;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;tenant;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the tenant, its tier, limits and usage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tenant;help;show' {
            break
        }
        'rime;tenant;help;help' {
            break
        }
        'rime;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the credential for the profile (created if needed)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, your role, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the stored session now (rotating the refresh token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List the tenant''s identity providers (for `rime auth login --sso ID`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;auth;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Account email (prompted for on a terminal when missing); with --sso or --google, a hint telling the identity provider which account to use')
            [CompletionResult]::new('--sso', '--sso', [CompletionResultType]::ParameterName, 'Log in through the tenant''s identity provider PROVIDER in a browser (see `rime auth providers`)')
            [CompletionResult]::new('--browser-timeout', '--browser-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the browser login to come back, e.g. 90s, 5m [default: 5m]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (never from a flag)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read an API key or access token from standard input (for CI)')
            [CompletionResult]::new('--google', '--google', [CompletionResultType]::ParameterName, 'Log in with Google in a browser')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the login URL instead of opening a browser (then wait for the login to come back)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--show-token', '--show-token', [CompletionResultType]::ParameterName, 'Print the token instead of a masked form')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;refresh' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;providers' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the credential for the profile (created if needed)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, your role, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the stored session now (rotating the refresh token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List the tenant''s identity providers (for `rime auth login --sso ID`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;auth;help;login' {
            break
        }
        'rime;auth;help;status' {
            break
        }
        'rime;auth;help;token' {
            break
        }
        'rime;auth;help;refresh' {
            break
        }
        'rime;auth;help;logout' {
            break
        }
        'rime;auth;help;providers' {
            break
        }
        'rime;auth;help;help' {
            break
        }
        'rime;users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user by email (they start as `invited`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name or role')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they cannot log in, and their sessions end')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended (or invited) user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'End every session of a user (they must log in again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;user' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user by email (they start as `invited`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name or role')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they cannot log in, and their sessions end')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended (or invited) user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'End every session of a user (they must log in again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;users;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users in this state')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;ls' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users in this state')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users in this state')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;ls' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users in this state')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;invite' {
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;invite' {
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;update' {
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;update' {
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the request body from a JSON or YAML file (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12 (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file''s text)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;suspend' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;suspend' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;activate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;activate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;revoke-sessions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;user;revoke-sessions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user by email (they start as `invited`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name or role')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they cannot log in, and their sessions end')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended (or invited) user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'End every session of a user (they must log in again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;users;help;list' {
            break
        }
        'rime;users;help;get' {
            break
        }
        'rime;users;help;invite' {
            break
        }
        'rime;users;help;update' {
            break
        }
        'rime;users;help;suspend' {
            break
        }
        'rime;users;help;activate' {
            break
        }
        'rime;users;help;delete' {
            break
        }
        'rime;users;help;revoke-sessions' {
            break
        }
        'rime;users;help;help' {
            break
        }
        'rime;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user by email (they start as `invited`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name or role')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they cannot log in, and their sessions end')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended (or invited) user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'End every session of a user (they must log in again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;user;help;list' {
            break
        }
        'rime;user;help;get' {
            break
        }
        'rime;user;help;invite' {
            break
        }
        'rime;user;help;update' {
            break
        }
        'rime;user;help;suspend' {
            break
        }
        'rime;user;help;activate' {
            break
        }
        'rime;user;help;delete' {
            break
        }
        'rime;user;help;revoke-sessions' {
            break
        }
        'rime;user;help;help' {
            break
        }
        'rime;api-keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret, once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;api-key' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret, once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;api-keys;list' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-keys;ls' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-key;list' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-key;ls' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after N items (prints a resume cursor when more remain)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1-100 (the API''s `limit`)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Start from this cursor (from an earlier, interrupted listing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Fetch only one page')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (the default; overrides --max-items)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-keys;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What the key may do in its project')
            [CompletionResult]::new('--expires-in-days', '--expires-in-days', [CompletionResultType]::ParameterName, 'Days until the key expires (1-365); without it the key never expires')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-key;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What the key may do in its project')
            [CompletionResult]::new('--expires-in-days', '--expires-in-days', [CompletionResultType]::ParameterName, 'Days until the key expires (1-365); without it the key never expires')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-keys;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-keys;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-key;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-key;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;api-keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret, once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;api-keys;help;list' {
            break
        }
        'rime;api-keys;help;create' {
            break
        }
        'rime;api-keys;help;revoke' {
            break
        }
        'rime;api-keys;help;help' {
            break
        }
        'rime;api-key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret, once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;api-key;help;list' {
            break
        }
        'rime;api-key;help;create' {
            break
        }
        'rime;api-key;help;revoke' {
            break
        }
        'rime;api-key;help;help' {
            break
        }
        'rime;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (flag, env, profile, default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a profile')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile (credentials move with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;profiles' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (flag, env, profile, default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a profile')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile (credentials move with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;set' {
            [CompletionResult]::new('--credential-store', '--credential-store', [CompletionResultType]::ParameterName, 'Where secrets live: auto (keyring, else file), keyring, or file')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove a key from the profile')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;set' {
            [CompletionResult]::new('--credential-store', '--credential-store', [CompletionResultType]::ParameterName, 'Where secrets live: auto (keyring, else file), keyring, or file')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove a key from the profile')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profiles;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (flag, env, profile, default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a profile')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile (credentials move with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;profile;help;list' {
            break
        }
        'rime;profile;help;show' {
            break
        }
        'rime;profile;help;use' {
            break
        }
        'rime;profile;help;set' {
            break
        }
        'rime;profile;help;delete' {
            break
        }
        'rime;profile;help;rename' {
            break
        }
        'rime;profile;help;help' {
            break
        }
        'rime;profiles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (flag, env, profile, default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a profile')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile (credentials move with it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;profiles;help;list' {
            break
        }
        'rime;profiles;help;show' {
            break
        }
        'rime;profiles;help;use' {
            break
        }
        'rime;profiles;help;set' {
            break
        }
        'rime;profiles;help;delete' {
            break
        }
        'rime;profiles;help;rename' {
            break
        }
        'rime;profiles;help;help' {
            break
        }
        'rime;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field, key=value (nested keys with dots); query parameters for GET and DELETE')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A string field, key=value (nested keys with dots); query parameters for GET and DELETE')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field: numbers, true/false/null, JSON, @file (@- for stdin)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A typed field: numbers, true/false/null, JSON, @file (@- for stdin)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this file as the request body (`-` for standard input)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An extra request header, "Name: value"')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An extra request header, "Name: value"')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow `next_cursor` and merge every page''s `data` into one array')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Show the response status line and headers')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Show the response status line and headers')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground until Ctrl-C')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the sandbox in the background (the `sandbox` profile does this on demand)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the background sandbox runs, where, and its logins')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background sandbox')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Wipe the background sandbox''s data and re-seed the demo tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'SQLite database file (default: a throwaway in-memory database)')
            [CompletionResult]::new('--clock-rate', '--clock-rate', [CompletionResultType]::ParameterName, 'Simulated seconds per real second (0 freezes the clock)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for deterministic ids and simulated data')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--background-child', '--background-child', [CompletionResultType]::ParameterName, 'Internal: run as the background sandbox of `rime sandbox start`')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox;start' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox;stop' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox;reset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground until Ctrl-C')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the sandbox in the background (the `sandbox` profile does this on demand)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the background sandbox runs, where, and its logins')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background sandbox')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Wipe the background sandbox''s data and re-seed the demo tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;sandbox;help;serve' {
            break
        }
        'rime;sandbox;help;start' {
            break
        }
        'rime;sandbox;help;status' {
            break
        }
        'rime;sandbox;help;stop' {
            break
        }
        'rime;sandbox;help;reset' {
            break
        }
        'rime;sandbox;help;help' {
            break
        }
        'rime;format' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;completion' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;help' {
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Projects: the containers of every other resource')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'The tenant: tier, limits and usage')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, inspect and manage credentials')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the tenant: invite, roles, suspend, sessions')
            [CompletionResult]::new('api-keys', 'api-keys', [CompletionResultType]::ParameterValue, 'A project''s API keys for scripts and CI')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check settings, credentials, connectivity, TLS, proxy, clock and rate limits')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated request to any API path')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local sandbox tenant')
            [CompletionResult]::new('format', 'format', [CompletionResultType]::ParameterValue, 'Render saved JSON or NDJSON (a file or stdin) in any output format, with --fields and --jq')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;help;projects' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project (merge patch: only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project and everything in it')
            break
        }
        'rime;help;projects;list' {
            break
        }
        'rime;help;projects;get' {
            break
        }
        'rime;help;projects;create' {
            break
        }
        'rime;help;projects;update' {
            break
        }
        'rime;help;projects;delete' {
            break
        }
        'rime;help;tenant' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the tenant, its tier, limits and usage')
            break
        }
        'rime;help;tenant;show' {
            break
        }
        'rime;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the credential for the profile (created if needed)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, your role, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Refresh the stored session now (rotating the refresh token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List the tenant''s identity providers (for `rime auth login --sso ID`)')
            break
        }
        'rime;help;auth;login' {
            break
        }
        'rime;help;auth;status' {
            break
        }
        'rime;help;auth;token' {
            break
        }
        'rime;help;auth;refresh' {
            break
        }
        'rime;help;auth;logout' {
            break
        }
        'rime;help;auth;providers' {
            break
        }
        'rime;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user by email (they start as `invited`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s name or role')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they cannot log in, and their sessions end')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended (or invited) user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and end their sessions')
            [CompletionResult]::new('revoke-sessions', 'revoke-sessions', [CompletionResultType]::ParameterValue, 'End every session of a user (they must log in again)')
            break
        }
        'rime;help;users;list' {
            break
        }
        'rime;help;users;get' {
            break
        }
        'rime;help;users;invite' {
            break
        }
        'rime;help;users;update' {
            break
        }
        'rime;help;users;suspend' {
            break
        }
        'rime;help;users;activate' {
            break
        }
        'rime;help;users;delete' {
            break
        }
        'rime;help;users;revoke-sessions' {
            break
        }
        'rime;help;api-keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s API keys (never their secrets)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret, once')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: anything using it gets 401 from then on')
            break
        }
        'rime;help;api-keys;list' {
            break
        }
        'rime;help;api-keys;create' {
            break
        }
        'rime;help;api-keys;revoke' {
            break
        }
        'rime;help;doctor' {
            break
        }
        'rime;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (the current one is marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (flag, env, profile, default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a profile')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile (credentials move with it)')
            break
        }
        'rime;help;profile;list' {
            break
        }
        'rime;help;profile;show' {
            break
        }
        'rime;help;profile;use' {
            break
        }
        'rime;help;profile;set' {
            break
        }
        'rime;help;profile;delete' {
            break
        }
        'rime;help;profile;rename' {
            break
        }
        'rime;help;api' {
            break
        }
        'rime;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground until Ctrl-C')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the sandbox in the background (the `sandbox` profile does this on demand)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the background sandbox runs, where, and its logins')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background sandbox')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Wipe the background sandbox''s data and re-seed the demo tenant')
            break
        }
        'rime;help;sandbox;serve' {
            break
        }
        'rime;help;sandbox;start' {
            break
        }
        'rime;help;sandbox;status' {
            break
        }
        'rime;help;sandbox;stop' {
            break
        }
        'rime;help;sandbox;reset' {
            break
        }
        'rime;help;format' {
            break
        }
        'rime;help;completion' {
            break
        }
        'rime;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
