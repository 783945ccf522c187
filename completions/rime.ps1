
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
            [CompletionResult]::new('pipelines', 'pipelines', [CompletionResultType]::ParameterValue, 'Pipelines: DAGs of steps, versions, schedules, runs and live progress')
            [CompletionResult]::new('pl', 'pl', [CompletionResultType]::ParameterValue, 'Pipelines: DAGs of steps, versions, schedules, runs and live progress')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'The tenant: tier, limits and usage')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, inspect and manage credentials')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated request to any API path')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local sandbox tenant')
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
        'rime;pipelines' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pipeline (`--steps`: its steps as a table)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a pipeline from a YAML or JSON file and flags')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pipeline; changed steps make a new version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Draw the DAG, layer by layer (or as Graphviz DOT)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Versions: list, get, diff, restore')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The schedule: show, set (with a preview), pause, resume, clear')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a run now (`--wait` or `--watch` to follow it to the end)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs: list, get, cancel, watch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pipeline (`--steps`: its steps as a table)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a pipeline from a YAML or JSON file and flags')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pipeline; changed steps make a new version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Draw the DAG, layer by layer (or as Graphviz DOT)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Versions: list, get, diff, restore')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The schedule: show, set (with a preview), pause, resume, clear')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a run now (`--wait` or `--watch` to follow it to the end)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs: list, get, cancel, watch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;list' {
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
        'rime;pipelines;ls' {
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
        'rime;pl;list' {
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
        'rime;pl;ls' {
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
        'rime;pipelines;get' {
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
            [CompletionResult]::new('--steps', '--steps', [CompletionResultType]::ParameterName, 'List the steps (key, type, dependencies, failure policy, retries, timeout) instead')
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
        'rime;pl;get' {
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
            [CompletionResult]::new('--steps', '--steps', [CompletionResultType]::ParameterName, 'List the steps (key, type, dependencies, failure policy, retries, timeout) instead')
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
        'rime;pipelines;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (unique in the project)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file''s text)')
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
        'rime;pl;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (unique in the project)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file''s text)')
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
        'rime;pipelines;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (unique in the project)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file''s text)')
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
        'rime;pl;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (unique in the project)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The definition: name, description, steps (a list, or a mapping of key to step) and schedule, as YAML or JSON (`-` for standard input)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file''s text)')
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
        'rime;pipelines;delete' {
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
        'rime;pipelines;rm' {
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
        'rime;pl;delete' {
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
        'rime;pl;rm' {
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
        'rime;pipelines;graph' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to draw it (`-o json` gives the layers and edges as data)')
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
        'rime;pl;graph' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to draw it (`-o json` gives the layers and edges as data)')
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
        'rime;pipelines;versions' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;versions;list' {
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
        'rime;pipelines;versions;ls' {
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
        'rime;pipelines;versions;get' {
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
            [CompletionResult]::new('--steps', '--steps', [CompletionResultType]::ParameterName, 'List the steps instead')
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
        'rime;pipelines;versions;diff' {
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
        'rime;pipelines;versions;restore' {
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
        'rime;pipelines;versions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;versions;help;list' {
            break
        }
        'rime;pipelines;versions;help;get' {
            break
        }
        'rime;pipelines;versions;help;diff' {
            break
        }
        'rime;pipelines;versions;help;restore' {
            break
        }
        'rime;pipelines;versions;help;help' {
            break
        }
        'rime;pl;versions' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;versions;list' {
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
        'rime;pl;versions;ls' {
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
        'rime;pl;versions;get' {
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
            [CompletionResult]::new('--steps', '--steps', [CompletionResultType]::ParameterName, 'List the steps instead')
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
        'rime;pl;versions;diff' {
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
        'rime;pl;versions;restore' {
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
        'rime;pl;versions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;versions;help;list' {
            break
        }
        'rime;pl;versions;help;get' {
            break
        }
        'rime;pl;versions;help;diff' {
            break
        }
        'rime;pl;versions;help;restore' {
            break
        }
        'rime;pl;versions;help;help' {
            break
        }
        'rime;pipelines;schedule' {
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;schedule;show' {
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
        'rime;pipelines;schedule;set' {
            [CompletionResult]::new('--cron', '--cron', [CompletionResultType]::ParameterName, 'Five-field cron; join several with `|`, e.g. "0 6 * * 1-5 | 0 12 * * 0"')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone the cron is evaluated in (default Pacific/Auckland)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'What a run does while another is active: skip it, queue it, or allow both')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Only start runs between these wall times, e.g. 22:00-06:00')
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
            [CompletionResult]::new('--no-window', '--no-window', [CompletionResultType]::ParameterName, 'Remove the window (runs at any time)')
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
        'rime;pipelines;schedule;pause' {
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
        'rime;pipelines;schedule;resume' {
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
        'rime;pipelines;schedule;clear' {
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
        'rime;pipelines;schedule;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;schedule;help;show' {
            break
        }
        'rime;pipelines;schedule;help;set' {
            break
        }
        'rime;pipelines;schedule;help;pause' {
            break
        }
        'rime;pipelines;schedule;help;resume' {
            break
        }
        'rime;pipelines;schedule;help;clear' {
            break
        }
        'rime;pipelines;schedule;help;help' {
            break
        }
        'rime;pl;schedule' {
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;schedule;show' {
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
        'rime;pl;schedule;set' {
            [CompletionResult]::new('--cron', '--cron', [CompletionResultType]::ParameterName, 'Five-field cron; join several with `|`, e.g. "0 6 * * 1-5 | 0 12 * * 0"')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone the cron is evaluated in (default Pacific/Auckland)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'What a run does while another is active: skip it, queue it, or allow both')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Only start runs between these wall times, e.g. 22:00-06:00')
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
            [CompletionResult]::new('--no-window', '--no-window', [CompletionResultType]::ParameterName, 'Remove the window (runs at any time)')
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
        'rime;pl;schedule;pause' {
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
        'rime;pl;schedule;resume' {
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
        'rime;pl;schedule;clear' {
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
        'rime;pl;schedule;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;schedule;help;show' {
            break
        }
        'rime;pl;schedule;help;set' {
            break
        }
        'rime;pl;schedule;help;pause' {
            break
        }
        'rime;pl;schedule;help;resume' {
            break
        }
        'rime;pl;schedule;help;clear' {
            break
        }
        'rime;pl;schedule;help;help' {
            break
        }
        'rime;pipelines;run' {
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
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the run to finish, polling it (exit 9 unless it succeeds)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Follow the run live over WebSocket (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
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
        'rime;pl;run' {
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
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the run to finish, polling it (exit 9 unless it succeeds)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Follow the run live over WebSocket (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
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
        'rime;pipelines;runs' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;runs;list' {
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
        'rime;pipelines;runs;ls' {
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
        'rime;pipelines;runs;get' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pipelines;runs;cancel' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pipelines;runs;watch' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pipelines;runs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;runs;help;list' {
            break
        }
        'rime;pipelines;runs;help;get' {
            break
        }
        'rime;pipelines;runs;help;cancel' {
            break
        }
        'rime;pipelines;runs;help;watch' {
            break
        }
        'rime;pipelines;runs;help;help' {
            break
        }
        'rime;pl;runs' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;runs;list' {
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
        'rime;pl;runs;ls' {
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
        'rime;pl;runs;get' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pl;runs;cancel' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pl;runs;watch' {
            [CompletionResult]::new('--pipeline', '--pipeline', [CompletionResultType]::ParameterName, 'The run''s pipeline (name or id); without it every pipeline of the project is searched')
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
        'rime;pl;runs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;runs;help;list' {
            break
        }
        'rime;pl;runs;help;get' {
            break
        }
        'rime;pl;runs;help;cancel' {
            break
        }
        'rime;pl;runs;help;watch' {
            break
        }
        'rime;pl;runs;help;help' {
            break
        }
        'rime;pipelines;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pipeline (`--steps`: its steps as a table)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a pipeline from a YAML or JSON file and flags')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pipeline; changed steps make a new version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Draw the DAG, layer by layer (or as Graphviz DOT)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Versions: list, get, diff, restore')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The schedule: show, set (with a preview), pause, resume, clear')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a run now (`--wait` or `--watch` to follow it to the end)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs: list, get, cancel, watch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pipelines;help;list' {
            break
        }
        'rime;pipelines;help;get' {
            break
        }
        'rime;pipelines;help;create' {
            break
        }
        'rime;pipelines;help;update' {
            break
        }
        'rime;pipelines;help;delete' {
            break
        }
        'rime;pipelines;help;graph' {
            break
        }
        'rime;pipelines;help;versions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            break
        }
        'rime;pipelines;help;versions;list' {
            break
        }
        'rime;pipelines;help;versions;get' {
            break
        }
        'rime;pipelines;help;versions;diff' {
            break
        }
        'rime;pipelines;help;versions;restore' {
            break
        }
        'rime;pipelines;help;schedule' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            break
        }
        'rime;pipelines;help;schedule;show' {
            break
        }
        'rime;pipelines;help;schedule;set' {
            break
        }
        'rime;pipelines;help;schedule;pause' {
            break
        }
        'rime;pipelines;help;schedule;resume' {
            break
        }
        'rime;pipelines;help;schedule;clear' {
            break
        }
        'rime;pipelines;help;run' {
            break
        }
        'rime;pipelines;help;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            break
        }
        'rime;pipelines;help;runs;list' {
            break
        }
        'rime;pipelines;help;runs;get' {
            break
        }
        'rime;pipelines;help;runs;cancel' {
            break
        }
        'rime;pipelines;help;runs;watch' {
            break
        }
        'rime;pipelines;help;help' {
            break
        }
        'rime;pl;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pipeline (`--steps`: its steps as a table)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a pipeline from a YAML or JSON file and flags')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pipeline; changed steps make a new version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Draw the DAG, layer by layer (or as Graphviz DOT)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Versions: list, get, diff, restore')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The schedule: show, set (with a preview), pause, resume, clear')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a run now (`--wait` or `--watch` to follow it to the end)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs: list, get, cancel, watch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;pl;help;list' {
            break
        }
        'rime;pl;help;get' {
            break
        }
        'rime;pl;help;create' {
            break
        }
        'rime;pl;help;update' {
            break
        }
        'rime;pl;help;delete' {
            break
        }
        'rime;pl;help;graph' {
            break
        }
        'rime;pl;help;versions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            break
        }
        'rime;pl;help;versions;list' {
            break
        }
        'rime;pl;help;versions;get' {
            break
        }
        'rime;pl;help;versions;diff' {
            break
        }
        'rime;pl;help;versions;restore' {
            break
        }
        'rime;pl;help;schedule' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            break
        }
        'rime;pl;help;schedule;show' {
            break
        }
        'rime;pl;help;schedule;set' {
            break
        }
        'rime;pl;help;schedule;pause' {
            break
        }
        'rime;pl;help;schedule;resume' {
            break
        }
        'rime;pl;help;schedule;clear' {
            break
        }
        'rime;pl;help;run' {
            break
        }
        'rime;pl;help;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            break
        }
        'rime;pl;help;runs;list' {
            break
        }
        'rime;pl;help;runs;get' {
            break
        }
        'rime;pl;help;runs;cancel' {
            break
        }
        'rime;pl;help;runs;watch' {
            break
        }
        'rime;pl;help;help' {
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if needed)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;auth;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Account email (prompted for on a terminal when missing)')
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
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read an API key or access token from standard input')
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
        'rime;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the credential for the profile (created if needed)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if needed)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
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
        'rime;auth;help;logout' {
            break
        }
        'rime;auth;help;help' {
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
            [CompletionResult]::new('pipelines', 'pipelines', [CompletionResultType]::ParameterValue, 'Pipelines: DAGs of steps, versions, schedules, runs and live progress')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'The tenant: tier, limits and usage')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, inspect and manage credentials')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated request to any API path')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run and control the local sandbox tenant')
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
        'rime;help;pipelines' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pipelines')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pipeline (`--steps`: its steps as a table)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a pipeline from a YAML or JSON file and flags')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pipeline; changed steps make a new version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pipeline with its versions and runs')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Draw the DAG, layer by layer (or as Graphviz DOT)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Versions: list, get, diff, restore')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'The schedule: show, set (with a preview), pause, resume, clear')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a run now (`--wait` or `--watch` to follow it to the end)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs: list, get, cancel, watch')
            break
        }
        'rime;help;pipelines;list' {
            break
        }
        'rime;help;pipelines;get' {
            break
        }
        'rime;help;pipelines;create' {
            break
        }
        'rime;help;pipelines;update' {
            break
        }
        'rime;help;pipelines;delete' {
            break
        }
        'rime;help;pipelines;graph' {
            break
        }
        'rime;help;pipelines;versions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s versions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one version (`--steps`: its steps as a table)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the steps of two versions (B defaults to the current one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new current version with an old version''s steps')
            break
        }
        'rime;help;pipelines;versions;list' {
            break
        }
        'rime;help;pipelines;versions;get' {
            break
        }
        'rime;help;pipelines;versions;diff' {
            break
        }
        'rime;help;pipelines;versions;restore' {
            break
        }
        'rime;help;pipelines;schedule' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the schedule and its next five runs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the schedule (only the options given change)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop starting scheduled runs (the schedule is kept)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Start scheduled runs again')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the schedule')
            break
        }
        'rime;help;pipelines;schedule;show' {
            break
        }
        'rime;help;pipelines;schedule;set' {
            break
        }
        'rime;help;pipelines;schedule;pause' {
            break
        }
        'rime;help;pipelines;schedule;resume' {
            break
        }
        'rime;help;pipelines;schedule;clear' {
            break
        }
        'rime;help;pipelines;run' {
            break
        }
        'rime;help;pipelines;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a pipeline''s runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run with its steps')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a queued or running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)')
            break
        }
        'rime;help;pipelines;runs;list' {
            break
        }
        'rime;help;pipelines;runs;get' {
            break
        }
        'rime;help;pipelines;runs;cancel' {
            break
        }
        'rime;help;pipelines;runs;watch' {
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the secret is stored and when the token expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token for scripts (refreshing it first if needed)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session on the server and delete the stored credential')
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
        'rime;help;auth;logout' {
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
