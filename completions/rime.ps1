
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
            [CompletionResult]::new('transformations', 'transformations', [CompletionResultType]::ParameterValue, 'Transformations: Kimball and Data Vault models, tests, runs and lineage')
            [CompletionResult]::new('tf', 'tf', [CompletionResultType]::ParameterValue, 'Transformations: Kimball and Data Vault models, tests, runs and lineage')
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
        'rime;transformations' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transformation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a transformation (Kimball by default; Data Vault needs the business tier)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a transformation or change its description (the methodology is fixed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run every model, or some with everything upstream of them')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs of a transformation: list, get, cancel, watch')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Draw the lineage graph: a tree, Graphviz DOT, or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transformation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a transformation (Kimball by default; Data Vault needs the business tier)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a transformation or change its description (the methodology is fixed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run every model, or some with everything upstream of them')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs of a transformation: list, get, cancel, watch')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Draw the lineage graph: a tree, Graphviz DOT, or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;list' {
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
        'rime;transformations;ls' {
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
        'rime;tf;list' {
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
        'rime;tf;ls' {
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
        'rime;transformations;get' {
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
        'rime;tf;get' {
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
        'rime;transformations;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (1-64 characters, unique in the project)')
            [CompletionResult]::new('--methodology', '--methodology', [CompletionResultType]::ParameterName, 'kimball (the default) or data_vault; fixed once created')
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
        'rime;tf;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (1-64 characters, unique in the project)')
            [CompletionResult]::new('--methodology', '--methodology', [CompletionResultType]::ParameterName, 'kimball (the default) or data_vault; fixed once created')
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
        'rime;transformations;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
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
        'rime;tf;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
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
        'rime;transformations;delete' {
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
        'rime;transformations;rm' {
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
        'rime;tf;delete' {
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
        'rime;tf;rm' {
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
        'rime;transformations;models' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;model' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;models;list' {
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
        'rime;transformations;models;ls' {
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
        'rime;transformations;model;list' {
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
        'rime;transformations;model;ls' {
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
        'rime;transformations;models;get' {
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
        'rime;transformations;model;get' {
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
        'rime;transformations;models;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
        'rime;transformations;model;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
        'rime;transformations;models;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
            [CompletionResult]::new('--no-tests', '--no-tests', [CompletionResultType]::ParameterName, 'Remove every test')
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
        'rime;transformations;model;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
            [CompletionResult]::new('--no-tests', '--no-tests', [CompletionResultType]::ParameterName, 'Remove every test')
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
        'rime;transformations;models;delete' {
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
        'rime;transformations;models;rm' {
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
        'rime;transformations;model;delete' {
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
        'rime;transformations;model;rm' {
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
        'rime;transformations;models;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;models;help;list' {
            break
        }
        'rime;transformations;models;help;get' {
            break
        }
        'rime;transformations;models;help;create' {
            break
        }
        'rime;transformations;models;help;update' {
            break
        }
        'rime;transformations;models;help;delete' {
            break
        }
        'rime;transformations;models;help;help' {
            break
        }
        'rime;transformations;model;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;model;help;list' {
            break
        }
        'rime;transformations;model;help;get' {
            break
        }
        'rime;transformations;model;help;create' {
            break
        }
        'rime;transformations;model;help;update' {
            break
        }
        'rime;transformations;model;help;delete' {
            break
        }
        'rime;transformations;model;help;help' {
            break
        }
        'rime;tf;models' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;model' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;models;list' {
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
        'rime;tf;models;ls' {
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
        'rime;tf;model;list' {
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
        'rime;tf;model;ls' {
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
        'rime;tf;models;get' {
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
        'rime;tf;model;get' {
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
        'rime;tf;models;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
        'rime;tf;model;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
        'rime;tf;models;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
            [CompletionResult]::new('--no-tests', '--no-tests', [CompletionResultType]::ParameterName, 'Remove every test')
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
        'rime;tf;model;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Model name: snake_case, unique in the transformation')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub, link, satellite, business_vault, mart, hierarchy')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What it reads: a raw table (raw.<table>) or another model; repeat for several')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique, accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn')
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
            [CompletionResult]::new('--no-tests', '--no-tests', [CompletionResultType]::ParameterName, 'Remove every test')
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
        'rime;tf;models;delete' {
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
        'rime;tf;models;rm' {
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
        'rime;tf;model;delete' {
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
        'rime;tf;model;rm' {
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
        'rime;tf;models;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;models;help;list' {
            break
        }
        'rime;tf;models;help;get' {
            break
        }
        'rime;tf;models;help;create' {
            break
        }
        'rime;tf;models;help;update' {
            break
        }
        'rime;tf;models;help;delete' {
            break
        }
        'rime;tf;models;help;help' {
            break
        }
        'rime;tf;model;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;model;help;list' {
            break
        }
        'rime;tf;model;help;get' {
            break
        }
        'rime;tf;model;help;create' {
            break
        }
        'rime;tf;model;help;update' {
            break
        }
        'rime;tf;model;help;delete' {
            break
        }
        'rime;tf;model;help;help' {
            break
        }
        'rime;transformations;run' {
            [CompletionResult]::new('--models', '--models', [CompletionResultType]::ParameterName, 'Run only these models (comma-separated) and everything upstream of them')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while following, e.g. 2s, 500ms')
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
            [CompletionResult]::new('--full-refresh', '--full-refresh', [CompletionResultType]::ParameterName, 'Rebuild incremental models from scratch')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the run until it ends; exit 9 if a model or an error-severity test fails')
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
        'rime;tf;run' {
            [CompletionResult]::new('--models', '--models', [CompletionResultType]::ParameterName, 'Run only these models (comma-separated) and everything upstream of them')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while following, e.g. 2s, 500ms')
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
            [CompletionResult]::new('--full-refresh', '--full-refresh', [CompletionResultType]::ParameterName, 'Rebuild incremental models from scratch')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Follow the run until it ends; exit 9 if a model or an error-severity test fails')
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
        'rime;transformations;runs' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;runs;list' {
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
        'rime;transformations;runs;ls' {
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
        'rime;transformations;runs;get' {
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
        'rime;transformations;runs;cancel' {
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
        'rime;transformations;runs;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while following, e.g. 2s, 500ms')
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
        'rime;transformations;runs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;runs;help;list' {
            break
        }
        'rime;transformations;runs;help;get' {
            break
        }
        'rime;transformations;runs;help;cancel' {
            break
        }
        'rime;transformations;runs;help;watch' {
            break
        }
        'rime;transformations;runs;help;help' {
            break
        }
        'rime;tf;runs' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;runs;list' {
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
        'rime;tf;runs;ls' {
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
        'rime;tf;runs;get' {
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
        'rime;tf;runs;cancel' {
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
        'rime;tf;runs;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while following, e.g. 2s, 500ms')
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
        'rime;tf;runs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;runs;help;list' {
            break
        }
        'rime;tf;runs;help;get' {
            break
        }
        'rime;tf;runs;help;cancel' {
            break
        }
        'rime;tf;runs;help;watch' {
            break
        }
        'rime;tf;runs;help;help' {
            break
        }
        'rime;transformations;lineage' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Centre the graph on this model')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)')
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
            [CompletionResult]::new('--upstream', '--upstream', [CompletionResultType]::ParameterName, 'With --model: only what it reads, transitively')
            [CompletionResult]::new('--downstream', '--downstream', [CompletionResultType]::ParameterName, 'With --model: only what reads it, its tests included')
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
        'rime;tf;lineage' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Centre the graph on this model')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)')
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
            [CompletionResult]::new('--upstream', '--upstream', [CompletionResultType]::ParameterName, 'With --model: only what it reads, transitively')
            [CompletionResult]::new('--downstream', '--downstream', [CompletionResultType]::ParameterName, 'With --model: only what reads it, its tests included')
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
        'rime;transformations;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transformation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a transformation (Kimball by default; Data Vault needs the business tier)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a transformation or change its description (the methodology is fixed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run every model, or some with everything upstream of them')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs of a transformation: list, get, cancel, watch')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Draw the lineage graph: a tree, Graphviz DOT, or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;transformations;help;list' {
            break
        }
        'rime;transformations;help;get' {
            break
        }
        'rime;transformations;help;create' {
            break
        }
        'rime;transformations;help;update' {
            break
        }
        'rime;transformations;help;delete' {
            break
        }
        'rime;transformations;help;models' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            break
        }
        'rime;transformations;help;models;list' {
            break
        }
        'rime;transformations;help;models;get' {
            break
        }
        'rime;transformations;help;models;create' {
            break
        }
        'rime;transformations;help;models;update' {
            break
        }
        'rime;transformations;help;models;delete' {
            break
        }
        'rime;transformations;help;run' {
            break
        }
        'rime;transformations;help;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            break
        }
        'rime;transformations;help;runs;list' {
            break
        }
        'rime;transformations;help;runs;get' {
            break
        }
        'rime;transformations;help;runs;cancel' {
            break
        }
        'rime;transformations;help;runs;watch' {
            break
        }
        'rime;transformations;help;lineage' {
            break
        }
        'rime;transformations;help;help' {
            break
        }
        'rime;tf;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transformation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a transformation (Kimball by default; Data Vault needs the business tier)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a transformation or change its description (the methodology is fixed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run every model, or some with everything upstream of them')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs of a transformation: list, get, cancel, watch')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Draw the lineage graph: a tree, Graphviz DOT, or JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;tf;help;list' {
            break
        }
        'rime;tf;help;get' {
            break
        }
        'rime;tf;help;create' {
            break
        }
        'rime;tf;help;update' {
            break
        }
        'rime;tf;help;delete' {
            break
        }
        'rime;tf;help;models' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            break
        }
        'rime;tf;help;models;list' {
            break
        }
        'rime;tf;help;models;get' {
            break
        }
        'rime;tf;help;models;create' {
            break
        }
        'rime;tf;help;models;update' {
            break
        }
        'rime;tf;help;models;delete' {
            break
        }
        'rime;tf;help;run' {
            break
        }
        'rime;tf;help;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            break
        }
        'rime;tf;help;runs;list' {
            break
        }
        'rime;tf;help;runs;get' {
            break
        }
        'rime;tf;help;runs;cancel' {
            break
        }
        'rime;tf;help;runs;watch' {
            break
        }
        'rime;tf;help;lineage' {
            break
        }
        'rime;tf;help;help' {
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
            [CompletionResult]::new('transformations', 'transformations', [CompletionResultType]::ParameterValue, 'Transformations: Kimball and Data Vault models, tests, runs and lineage')
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
        'rime;help;transformations' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s transformations')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transformation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a transformation (Kimball by default; Data Vault needs the business tier)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a transformation or change its description (the methodology is fixed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a transformation with its models and runs')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Models of a transformation: list, get, create, update, delete')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run every model, or some with everything upstream of them')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Runs of a transformation: list, get, cancel, watch')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Draw the lineage graph: a tree, Graphviz DOT, or JSON')
            break
        }
        'rime;help;transformations;list' {
            break
        }
        'rime;help;transformations;get' {
            break
        }
        'rime;help;transformations;create' {
            break
        }
        'rime;help;transformations;update' {
            break
        }
        'rime;help;transformations;delete' {
            break
        }
        'rime;help;transformations;models' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a transformation''s models with their kind, sources and test count')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one model')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a model')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a model (--source and --test replace the whole list)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a model (refused while other models read it)')
            break
        }
        'rime;help;transformations;models;list' {
            break
        }
        'rime;help;transformations;models;get' {
            break
        }
        'rime;help;transformations;models;create' {
            break
        }
        'rime;help;transformations;models;update' {
            break
        }
        'rime;help;transformations;models;delete' {
            break
        }
        'rime;help;transformations;run' {
            break
        }
        'rime;help;transformations;runs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List runs, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one run as it stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a running run')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a run until it ends, then print its test summary (exit 9 if it failed)')
            break
        }
        'rime;help;transformations;runs;list' {
            break
        }
        'rime;help;transformations;runs;get' {
            break
        }
        'rime;help;transformations;runs;cancel' {
            break
        }
        'rime;help;transformations;runs;watch' {
            break
        }
        'rime;help;transformations;lineage' {
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
