
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
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('monitoring', 'monitoring', [CompletionResultType]::ParameterValue, 'Monitoring: alert rules, channels, escalation policies, alerts, health summary')
            [CompletionResult]::new('governance', 'governance', [CompletionResultType]::ParameterValue, 'Governance: column classification, masking, grants, PII scans, compliance reports')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every change, login and failed login (admins)')
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
        'rime;monitoring' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: a condition on a metric of a resource type')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Alert rules: a condition on a metric of a resource type')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Notification channels: email, Slack, PagerDuty, webhook')
            [CompletionResult]::new('channel', 'channel', [CompletionResultType]::ParameterValue, 'Notification channels: email, Slack, PagerDuty, webhook')
            [CompletionResult]::new('escalation-policies', 'escalation-policies', [CompletionResultType]::ParameterValue, 'Escalation policies: who is notified next while an alert keeps firing')
            [CompletionResult]::new('escalation-policy', 'escalation-policy', [CompletionResultType]::ParameterValue, 'Escalation policies: who is notified next while an alert keeps firing')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Alerts: list, inspect, acknowledge, resolve, watch')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Alerts: list, inspect, acknowledge, resolve, watch')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The project''s health on one screen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;rules' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;rule' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;rules;list' {
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only rules on this resource type')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only rules of this severity')
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
        'rime;monitoring;rules;ls' {
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only rules on this resource type')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only rules of this severity')
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
        'rime;monitoring;rule;list' {
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only rules on this resource type')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only rules of this severity')
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
        'rime;monitoring;rule;ls' {
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only rules on this resource type')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only rules of this severity')
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
        'rime;monitoring;rules;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rule;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rules;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name, unique in the project')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'snowpipe, dbt_job, connector_run, warehouse or pipeline')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'One resource of that type (a warehouse name, a pipeline id); all of them when absent')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'A metric of the resource type (see below)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'gt, lt, eq, ne or contains')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A number for numeric metrics, text for error_message and status')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'severity')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify when the rule fires (name or id; repeat for more; replaces the list)')
            [CompletionResult]::new('--escalation-policy', '--escalation-policy', [CompletionResultType]::ParameterName, 'An escalation policy (name or id), or `none`')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether the rule is evaluated')
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
        'rime;monitoring;rule;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name, unique in the project')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'snowpipe, dbt_job, connector_run, warehouse or pipeline')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'One resource of that type (a warehouse name, a pipeline id); all of them when absent')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'A metric of the resource type (see below)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'gt, lt, eq, ne or contains')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A number for numeric metrics, text for error_message and status')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'severity')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify when the rule fires (name or id; repeat for more; replaces the list)')
            [CompletionResult]::new('--escalation-policy', '--escalation-policy', [CompletionResultType]::ParameterName, 'An escalation policy (name or id), or `none`')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether the rule is evaluated')
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
        'rime;monitoring;rules;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name, unique in the project')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'snowpipe, dbt_job, connector_run, warehouse or pipeline')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'One resource of that type (a warehouse name, a pipeline id); all of them when absent')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'A metric of the resource type (see below)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'gt, lt, eq, ne or contains')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A number for numeric metrics, text for error_message and status')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'severity')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify when the rule fires (name or id; repeat for more; replaces the list)')
            [CompletionResult]::new('--escalation-policy', '--escalation-policy', [CompletionResultType]::ParameterName, 'An escalation policy (name or id), or `none`')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether the rule is evaluated')
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
        'rime;monitoring;rule;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name, unique in the project')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'snowpipe, dbt_job, connector_run, warehouse or pipeline')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'One resource of that type (a warehouse name, a pipeline id); all of them when absent')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'A metric of the resource type (see below)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'gt, lt, eq, ne or contains')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'A number for numeric metrics, text for error_message and status')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'severity')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel to notify when the rule fires (name or id; repeat for more; replaces the list)')
            [CompletionResult]::new('--escalation-policy', '--escalation-policy', [CompletionResultType]::ParameterName, 'An escalation policy (name or id), or `none`')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether the rule is evaluated')
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
        'rime;monitoring;rules;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rules;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rule;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rule;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;rules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;rules;help;list' {
            break
        }
        'rime;monitoring;rules;help;get' {
            break
        }
        'rime;monitoring;rules;help;create' {
            break
        }
        'rime;monitoring;rules;help;update' {
            break
        }
        'rime;monitoring;rules;help;delete' {
            break
        }
        'rime;monitoring;rules;help;help' {
            break
        }
        'rime;monitoring;rule;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;rule;help;list' {
            break
        }
        'rime;monitoring;rule;help;get' {
            break
        }
        'rime;monitoring;rule;help;create' {
            break
        }
        'rime;monitoring;rule;help;update' {
            break
        }
        'rime;monitoring;rule;help;delete' {
            break
        }
        'rime;monitoring;rule;help;help' {
            break
        }
        'rime;monitoring;channels' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;channel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;channels;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only channels of this type')
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
        'rime;monitoring;channels;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only channels of this type')
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
        'rime;monitoring;channel;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only channels of this type')
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
        'rime;monitoring;channel;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only channels of this type')
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
        'rime;monitoring;channels;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channel;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channels;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Channel name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'email, slack, pagerduty or webhook (fixed once created)')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP server')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, '587 (STARTTLS, default) or 465 (SSL/TLS)')
            [CompletionResult]::new('--smtp-username', '--smtp-username', [CompletionResultType]::ParameterName, 'SMTP user name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A recipient (repeat for more; replaces the list)')
            [CompletionResult]::new('--slack-channel', '--slack-channel', [CompletionResultType]::ParameterName, 'Post to this channel instead of the webhook''s own')
            [CompletionResult]::new('--slack-username', '--slack-username', [CompletionResultType]::ParameterName, 'The name messages are posted as')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The https:// URL to POST alerts to')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the type''s secret from this file')
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
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the type''s secret (SMTP password, Slack webhook URL, PagerDuty key, webhook secret) from stdin')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;monitoring;channel;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Channel name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'email, slack, pagerduty or webhook (fixed once created)')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP server')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, '587 (STARTTLS, default) or 465 (SSL/TLS)')
            [CompletionResult]::new('--smtp-username', '--smtp-username', [CompletionResultType]::ParameterName, 'SMTP user name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A recipient (repeat for more; replaces the list)')
            [CompletionResult]::new('--slack-channel', '--slack-channel', [CompletionResultType]::ParameterName, 'Post to this channel instead of the webhook''s own')
            [CompletionResult]::new('--slack-username', '--slack-username', [CompletionResultType]::ParameterName, 'The name messages are posted as')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The https:// URL to POST alerts to')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the type''s secret from this file')
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
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the type''s secret (SMTP password, Slack webhook URL, PagerDuty key, webhook secret) from stdin')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;monitoring;channels;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Channel name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'email, slack, pagerduty or webhook (fixed once created)')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP server')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, '587 (STARTTLS, default) or 465 (SSL/TLS)')
            [CompletionResult]::new('--smtp-username', '--smtp-username', [CompletionResultType]::ParameterName, 'SMTP user name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A recipient (repeat for more; replaces the list)')
            [CompletionResult]::new('--slack-channel', '--slack-channel', [CompletionResultType]::ParameterName, 'Post to this channel instead of the webhook''s own')
            [CompletionResult]::new('--slack-username', '--slack-username', [CompletionResultType]::ParameterName, 'The name messages are posted as')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The https:// URL to POST alerts to')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the type''s secret from this file')
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
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the type''s secret (SMTP password, Slack webhook URL, PagerDuty key, webhook secret) from stdin')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;monitoring;channel;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Channel name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'email, slack, pagerduty or webhook (fixed once created)')
            [CompletionResult]::new('--smtp-host', '--smtp-host', [CompletionResultType]::ParameterName, 'SMTP server')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, '587 (STARTTLS, default) or 465 (SSL/TLS)')
            [CompletionResult]::new('--smtp-username', '--smtp-username', [CompletionResultType]::ParameterName, 'SMTP user name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A recipient (repeat for more; replaces the list)')
            [CompletionResult]::new('--slack-channel', '--slack-channel', [CompletionResultType]::ParameterName, 'Post to this channel instead of the webhook''s own')
            [CompletionResult]::new('--slack-username', '--slack-username', [CompletionResultType]::ParameterName, 'The name messages are posted as')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The https:// URL to POST alerts to')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the type''s secret from this file')
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
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the type''s secret (SMTP password, Slack webhook URL, PagerDuty key, webhook secret) from stdin')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;monitoring;channels;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channels;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channel;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channel;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channels;test' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channel;test' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;channels;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;channels;help;list' {
            break
        }
        'rime;monitoring;channels;help;get' {
            break
        }
        'rime;monitoring;channels;help;create' {
            break
        }
        'rime;monitoring;channels;help;update' {
            break
        }
        'rime;monitoring;channels;help;delete' {
            break
        }
        'rime;monitoring;channels;help;test' {
            break
        }
        'rime;monitoring;channels;help;help' {
            break
        }
        'rime;monitoring;channel;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;channel;help;list' {
            break
        }
        'rime;monitoring;channel;help;get' {
            break
        }
        'rime;monitoring;channel;help;create' {
            break
        }
        'rime;monitoring;channel;help;update' {
            break
        }
        'rime;monitoring;channel;help;delete' {
            break
        }
        'rime;monitoring;channel;help;test' {
            break
        }
        'rime;monitoring;channel;help;help' {
            break
        }
        'rime;monitoring;escalation-policies' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;escalation-policy' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;escalation-policies;list' {
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
        'rime;monitoring;escalation-policies;ls' {
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
        'rime;monitoring;escalation-policy;list' {
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
        'rime;monitoring;escalation-policy;ls' {
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
        'rime;monitoring;escalation-policies;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policy;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policies;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'A step: CHANNEL (name or id) and the minutes to wait after the previous step (repeat, in order)')
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
        'rime;monitoring;escalation-policy;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'A step: CHANNEL (name or id) and the minutes to wait after the previous step (repeat, in order)')
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
        'rime;monitoring;escalation-policies;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'A step: CHANNEL (name or id) and the minutes to wait after the previous step (repeat, in order)')
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
        'rime;monitoring;escalation-policy;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'A step: CHANNEL (name or id) and the minutes to wait after the previous step (repeat, in order)')
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
        'rime;monitoring;escalation-policies;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policies;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policy;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policy;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;escalation-policies;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;escalation-policies;help;list' {
            break
        }
        'rime;monitoring;escalation-policies;help;get' {
            break
        }
        'rime;monitoring;escalation-policies;help;create' {
            break
        }
        'rime;monitoring;escalation-policies;help;update' {
            break
        }
        'rime;monitoring;escalation-policies;help;delete' {
            break
        }
        'rime;monitoring;escalation-policies;help;help' {
            break
        }
        'rime;monitoring;escalation-policy;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;escalation-policy;help;list' {
            break
        }
        'rime;monitoring;escalation-policy;help;get' {
            break
        }
        'rime;monitoring;escalation-policy;help;create' {
            break
        }
        'rime;monitoring;escalation-policy;help;update' {
            break
        }
        'rime;monitoring;escalation-policy;help;delete' {
            break
        }
        'rime;monitoring;escalation-policy;help;help' {
            break
        }
        'rime;monitoring;alerts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('acknowledge', 'acknowledge', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;alert' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('acknowledge', 'acknowledge', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;alerts;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
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
        'rime;monitoring;alerts;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
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
        'rime;monitoring;alert;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
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
        'rime;monitoring;alert;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
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
        'rime;monitoring;alerts;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alert;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alerts;ack' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alerts;acknowledge' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alert;ack' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alert;acknowledge' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alerts;resolve' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alert;resolve' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alerts;watch' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to check for changes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alert;watch' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only alerts in this state')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only alerts of this severity')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only alerts of this rule (name or id)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to check for changes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;alerts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;alerts;help;list' {
            break
        }
        'rime;monitoring;alerts;help;get' {
            break
        }
        'rime;monitoring;alerts;help;ack' {
            break
        }
        'rime;monitoring;alerts;help;resolve' {
            break
        }
        'rime;monitoring;alerts;help;watch' {
            break
        }
        'rime;monitoring;alerts;help;help' {
            break
        }
        'rime;monitoring;alert;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;alert;help;list' {
            break
        }
        'rime;monitoring;alert;help;get' {
            break
        }
        'rime;monitoring;alert;help;ack' {
            break
        }
        'rime;monitoring;alert;help;resolve' {
            break
        }
        'rime;monitoring;alert;help;watch' {
            break
        }
        'rime;monitoring;alert;help;help' {
            break
        }
        'rime;monitoring;summary' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;monitoring;help' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: a condition on a metric of a resource type')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Notification channels: email, Slack, PagerDuty, webhook')
            [CompletionResult]::new('escalation-policies', 'escalation-policies', [CompletionResultType]::ParameterValue, 'Escalation policies: who is notified next while an alert keeps firing')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Alerts: list, inspect, acknowledge, resolve, watch')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The project''s health on one screen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;monitoring;help;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            break
        }
        'rime;monitoring;help;rules;list' {
            break
        }
        'rime;monitoring;help;rules;get' {
            break
        }
        'rime;monitoring;help;rules;create' {
            break
        }
        'rime;monitoring;help;rules;update' {
            break
        }
        'rime;monitoring;help;rules;delete' {
            break
        }
        'rime;monitoring;help;channels' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            break
        }
        'rime;monitoring;help;channels;list' {
            break
        }
        'rime;monitoring;help;channels;get' {
            break
        }
        'rime;monitoring;help;channels;create' {
            break
        }
        'rime;monitoring;help;channels;update' {
            break
        }
        'rime;monitoring;help;channels;delete' {
            break
        }
        'rime;monitoring;help;channels;test' {
            break
        }
        'rime;monitoring;help;escalation-policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            break
        }
        'rime;monitoring;help;escalation-policies;list' {
            break
        }
        'rime;monitoring;help;escalation-policies;get' {
            break
        }
        'rime;monitoring;help;escalation-policies;create' {
            break
        }
        'rime;monitoring;help;escalation-policies;update' {
            break
        }
        'rime;monitoring;help;escalation-policies;delete' {
            break
        }
        'rime;monitoring;help;alerts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            break
        }
        'rime;monitoring;help;alerts;list' {
            break
        }
        'rime;monitoring;help;alerts;get' {
            break
        }
        'rime;monitoring;help;alerts;ack' {
            break
        }
        'rime;monitoring;help;alerts;resolve' {
            break
        }
        'rime;monitoring;help;alerts;watch' {
            break
        }
        'rime;monitoring;help;summary' {
            break
        }
        'rime;monitoring;help;help' {
            break
        }
        'rime;governance' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'The column catalogue: list, inspect and classify columns')
            [CompletionResult]::new('column', 'column', [CompletionResultType]::ParameterValue, 'The column catalogue: list, inspect and classify columns')
            [CompletionResult]::new('masking-policies', 'masking-policies', [CompletionResultType]::ParameterValue, 'Masking policies: how classified columns are masked')
            [CompletionResult]::new('masking-policy', 'masking-policy', [CompletionResultType]::ParameterValue, 'Masking policies: how classified columns are masked')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Role grants: which Snowflake roles see which columns unmasked')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Role grants: which Snowflake roles see which columns unmasked')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Start a PII scan (flags columns for review; never classifies)')
            [CompletionResult]::new('scans', 'scans', [CompletionResultType]::ParameterValue, 'Past PII scans and their findings')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Compliance reports: classification coverage, access matrix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;columns' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;column' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;columns;list' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'table')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only columns at this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Only columns of this PII type')
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
            [CompletionResult]::new('--classified', '--classified', [CompletionResultType]::ParameterName, 'Only classified columns')
            [CompletionResult]::new('--unclassified', '--unclassified', [CompletionResultType]::ParameterName, 'Only unclassified columns (masked in full)')
            [CompletionResult]::new('--flagged', '--flagged', [CompletionResultType]::ParameterName, 'Only columns a PII scan flagged for review')
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
        'rime;governance;columns;ls' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'table')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only columns at this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Only columns of this PII type')
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
            [CompletionResult]::new('--classified', '--classified', [CompletionResultType]::ParameterName, 'Only classified columns')
            [CompletionResult]::new('--unclassified', '--unclassified', [CompletionResultType]::ParameterName, 'Only unclassified columns (masked in full)')
            [CompletionResult]::new('--flagged', '--flagged', [CompletionResultType]::ParameterName, 'Only columns a PII scan flagged for review')
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
        'rime;governance;column;list' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'table')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only columns at this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Only columns of this PII type')
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
            [CompletionResult]::new('--classified', '--classified', [CompletionResultType]::ParameterName, 'Only classified columns')
            [CompletionResult]::new('--unclassified', '--unclassified', [CompletionResultType]::ParameterName, 'Only unclassified columns (masked in full)')
            [CompletionResult]::new('--flagged', '--flagged', [CompletionResultType]::ParameterName, 'Only columns a PII scan flagged for review')
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
        'rime;governance;column;ls' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'table')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only columns at this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Only columns of this PII type')
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
            [CompletionResult]::new('--classified', '--classified', [CompletionResultType]::ParameterName, 'Only classified columns')
            [CompletionResult]::new('--unclassified', '--unclassified', [CompletionResultType]::ParameterName, 'Only unclassified columns (masked in full)')
            [CompletionResult]::new('--flagged', '--flagged', [CompletionResultType]::ParameterName, 'Only columns a PII scan flagged for review')
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
        'rime;governance;columns;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;column;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;columns;classify' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'public, internal, confidential or restricted; `none` declassifies')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'The PII type, or `none`; it needs a level at or above its minimum (ird_number: restricted)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Classify many columns from a CSV (path,level,pii_type) or NDJSON file (`-` for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'With --from-file: go on after a row fails (exit 9 at the end if any did)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;governance;column;classify' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'public, internal, confidential or restricted; `none` declassifies')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'The PII type, or `none`; it needs a level at or above its minimum (ird_number: restricted)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Classify many columns from a CSV (path,level,pii_type) or NDJSON file (`-` for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'With --from-file: go on after a row fails (exit 9 at the end if any did)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;governance;columns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;columns;help;list' {
            break
        }
        'rime;governance;columns;help;get' {
            break
        }
        'rime;governance;columns;help;classify' {
            break
        }
        'rime;governance;columns;help;help' {
            break
        }
        'rime;governance;column;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;column;help;list' {
            break
        }
        'rime;governance;column;help;get' {
            break
        }
        'rime;governance;column;help;classify' {
            break
        }
        'rime;governance;column;help;help' {
            break
        }
        'rime;governance;masking-policies' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;masking-policy' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;masking-policies;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only policies of this masking type')
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
        'rime;governance;masking-policies;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only policies of this masking type')
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
        'rime;governance;masking-policy;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only policies of this masking type')
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
        'rime;governance;masking-policy;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only policies of this masking type')
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
        'rime;governance;masking-policies;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policy;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policies;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'full, null, partial, hash or date_truncate')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Apply to columns of this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Apply to columns of this PII type')
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
        'rime;governance;masking-policy;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'full, null, partial, hash or date_truncate')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Apply to columns of this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Apply to columns of this PII type')
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
        'rime;governance;masking-policies;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'full, null, partial, hash or date_truncate')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Apply to columns of this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Apply to columns of this PII type')
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
        'rime;governance;masking-policy;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Policy name, unique in the project')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'full, null, partial, hash or date_truncate')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Apply to columns of this privacy level')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Apply to columns of this PII type')
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
        'rime;governance;masking-policies;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policies;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policy;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policy;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;masking-policies;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;masking-policies;help;list' {
            break
        }
        'rime;governance;masking-policies;help;get' {
            break
        }
        'rime;governance;masking-policies;help;create' {
            break
        }
        'rime;governance;masking-policies;help;update' {
            break
        }
        'rime;governance;masking-policies;help;delete' {
            break
        }
        'rime;governance;masking-policies;help;help' {
            break
        }
        'rime;governance;masking-policy;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;masking-policy;help;list' {
            break
        }
        'rime;governance;masking-policy;help;get' {
            break
        }
        'rime;governance;masking-policy;help;create' {
            break
        }
        'rime;governance;masking-policy;help;update' {
            break
        }
        'rime;governance;masking-policy;help;delete' {
            break
        }
        'rime;governance;masking-policy;help;help' {
            break
        }
        'rime;governance;grants' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;grant' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;grants;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s grants')
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
        'rime;governance;grants;ls' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s grants')
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
        'rime;governance;grant;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s grants')
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
        'rime;governance;grant;ls' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s grants')
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
        'rime;governance;grants;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A Snowflake role (stored upper case)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Let the role see columns at this level and below')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Let the role see columns of this PII type')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grant;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A Snowflake role (stored upper case)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Let the role see columns at this level and below')
            [CompletionResult]::new('--pii', '--pii', [CompletionResultType]::ParameterName, 'Let the role see columns of this PII type')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grants;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grants;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grant;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grant;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;grants;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;grants;help;list' {
            break
        }
        'rime;governance;grants;help;create' {
            break
        }
        'rime;governance;grants;help;delete' {
            break
        }
        'rime;governance;grants;help;help' {
            break
        }
        'rime;governance;grant;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;grant;help;list' {
            break
        }
        'rime;governance;grant;help;create' {
            break
        }
        'rime;governance;grant;help;delete' {
            break
        }
        'rime;governance;grant;help;help' {
            break
        }
        'rime;governance;scan' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Only this database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Only this schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Only this table')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to check while waiting')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to the JSON result, in-process [env: RIME_JQ]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [env: RIME_COLOR; NO_COLOR honoured]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]')
            [CompletionResult]::new('--include-classified', '--include-classified', [CompletionResultType]::ParameterName, 'Also sample columns that are already classified')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the scan and show its findings (exit 9 if it fails)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Omit the header row of tables and CSV [env: RIME_NO_HEADER]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors [env: RIME_QUIET]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what rime is doing [env: RIME_VERBOSE]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without prompting [env: RIME_YES]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead [env: RIME_NO_INPUT]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rime;governance;scans' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List PII scans, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List PII scans, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a scan; its findings once completed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;scans;list' {
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
        'rime;governance;scans;ls' {
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
        'rime;governance;scans;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;scans;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List PII scans, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a scan; its findings once completed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;scans;help;list' {
            break
        }
        'rime;governance;scans;help;get' {
            break
        }
        'rime;governance;scans;help;help' {
            break
        }
        'rime;governance;report' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Classification coverage overall, by database and by schema')
            [CompletionResult]::new('access-matrix', 'access-matrix', [CompletionResultType]::ParameterValue, 'Which roles see which columns unmasked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;report;coverage' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;report;access-matrix' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only the columns this role sees')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'database')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'schema')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'table')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;governance;report;help' {
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Classification coverage overall, by database and by schema')
            [CompletionResult]::new('access-matrix', 'access-matrix', [CompletionResultType]::ParameterValue, 'Which roles see which columns unmasked')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;report;help;coverage' {
            break
        }
        'rime;governance;report;help;access-matrix' {
            break
        }
        'rime;governance;report;help;help' {
            break
        }
        'rime;governance;help' {
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'The column catalogue: list, inspect and classify columns')
            [CompletionResult]::new('masking-policies', 'masking-policies', [CompletionResultType]::ParameterValue, 'Masking policies: how classified columns are masked')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Role grants: which Snowflake roles see which columns unmasked')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Start a PII scan (flags columns for review; never classifies)')
            [CompletionResult]::new('scans', 'scans', [CompletionResultType]::ParameterValue, 'Past PII scans and their findings')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Compliance reports: classification coverage, access matrix')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;governance;help;columns' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            break
        }
        'rime;governance;help;columns;list' {
            break
        }
        'rime;governance;help;columns;get' {
            break
        }
        'rime;governance;help;columns;classify' {
            break
        }
        'rime;governance;help;masking-policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            break
        }
        'rime;governance;help;masking-policies;list' {
            break
        }
        'rime;governance;help;masking-policies;get' {
            break
        }
        'rime;governance;help;masking-policies;create' {
            break
        }
        'rime;governance;help;masking-policies;update' {
            break
        }
        'rime;governance;help;masking-policies;delete' {
            break
        }
        'rime;governance;help;grants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            break
        }
        'rime;governance;help;grants;list' {
            break
        }
        'rime;governance;help;grants;create' {
            break
        }
        'rime;governance;help;grants;delete' {
            break
        }
        'rime;governance;help;scan' {
            break
        }
        'rime;governance;help;scans' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List PII scans, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a scan; its findings once completed')
            break
        }
        'rime;governance;help;scans;list' {
            break
        }
        'rime;governance;help;scans;get' {
            break
        }
        'rime;governance;help;report' {
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Classification coverage overall, by database and by schema')
            [CompletionResult]::new('access-matrix', 'access-matrix', [CompletionResultType]::ParameterValue, 'Which roles see which columns unmasked')
            break
        }
        'rime;governance;help;report;coverage' {
            break
        }
        'rime;governance;help;report;access-matrix' {
            break
        }
        'rime;governance;help;help' {
            break
        }
        'rime;audit' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream every matching entry (NDJSON by default) for archiving')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Entries at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Entries at or before this time')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'A user''s email, or a user or API key id')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'e.g. project.created, auth.login_failed, column.classified')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'e.g. project, connector, alert_rule, notification_channel, column')
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
        'rime;audit;ls' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Entries at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Entries at or before this time')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'A user''s email, or a user or API key id')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'e.g. project.created, auth.login_failed, column.classified')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'e.g. project, connector, alert_rule, notification_channel, column')
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
        'rime;audit;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Entries at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Entries at or before this time')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'A user''s email, or a user or API key id')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'e.g. project.created, auth.login_failed, column.classified')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'e.g. project, connector, alert_rule, notification_channel, column')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: RIME_PROFILE]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (http:// only for loopback hosts) [env: RIME_API_URL]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project id or name [env: RIME_PROJECT]')
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
        'rime;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream every matching entry (NDJSON by default) for archiving')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rime;audit;help;list' {
            break
        }
        'rime;audit;help;export' {
            break
        }
        'rime;audit;help;help' {
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
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'The tenant: tier, limits and usage')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, inspect and manage credentials')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named settings: tenant, default project, output')
            [CompletionResult]::new('monitoring', 'monitoring', [CompletionResultType]::ParameterValue, 'Monitoring: alert rules, channels, escalation policies, alerts, health summary')
            [CompletionResult]::new('governance', 'governance', [CompletionResultType]::ParameterValue, 'Governance: column classification, masking, grants, PII scans, compliance reports')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every change, login and failed login (admins)')
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
        'rime;help;monitoring' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Alert rules: a condition on a metric of a resource type')
            [CompletionResult]::new('channels', 'channels', [CompletionResultType]::ParameterValue, 'Notification channels: email, Slack, PagerDuty, webhook')
            [CompletionResult]::new('escalation-policies', 'escalation-policies', [CompletionResultType]::ParameterValue, 'Escalation policies: who is notified next while an alert keeps firing')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Alerts: list, inspect, acknowledge, resolve, watch')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'The project''s health on one screen')
            break
        }
        'rime;help;monitoring;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alert rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an alert rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an alert rule (only the fields given change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an alert rule (its alerts are kept)')
            break
        }
        'rime;help;monitoring;rules;list' {
            break
        }
        'rime;help;monitoring;rules;get' {
            break
        }
        'rime;help;monitoring;rules;create' {
            break
        }
        'rime;help;monitoring;rules;update' {
            break
        }
        'rime;help;monitoring;rules;delete' {
            break
        }
        'rime;help;monitoring;channels' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notification channels')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one channel (its secret shows only as `<field>_set`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a channel')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a channel; give --secret-stdin or --secret-file to replace its secret')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a channel no rule or policy uses')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message through a channel (exit 9 when it fails)')
            break
        }
        'rime;help;monitoring;channels;list' {
            break
        }
        'rime;help;monitoring;channels;get' {
            break
        }
        'rime;help;monitoring;channels;create' {
            break
        }
        'rime;help;monitoring;channels;update' {
            break
        }
        'rime;help;monitoring;channels;delete' {
            break
        }
        'rime;help;monitoring;channels;test' {
            break
        }
        'rime;help;monitoring;escalation-policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List escalation policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one escalation policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an escalation policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an escalation policy (--step replaces every step)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an escalation policy no rule uses')
            break
        }
        'rime;help;monitoring;escalation-policies;list' {
            break
        }
        'rime;help;monitoring;escalation-policies;get' {
            break
        }
        'rime;help;monitoring;escalation-policies;create' {
            break
        }
        'rime;help;monitoring;escalation-policies;update' {
            break
        }
        'rime;help;monitoring;escalation-policies;delete' {
            break
        }
        'rime;help;monitoring;alerts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alerts, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one alert with its escalation progress')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge a firing alert: escalation stops')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a firing or acknowledged alert')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow alerts as they fire and change (Ctrl-C to stop)')
            break
        }
        'rime;help;monitoring;alerts;list' {
            break
        }
        'rime;help;monitoring;alerts;get' {
            break
        }
        'rime;help;monitoring;alerts;ack' {
            break
        }
        'rime;help;monitoring;alerts;resolve' {
            break
        }
        'rime;help;monitoring;alerts;watch' {
            break
        }
        'rime;help;monitoring;summary' {
            break
        }
        'rime;help;governance' {
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'The column catalogue: list, inspect and classify columns')
            [CompletionResult]::new('masking-policies', 'masking-policies', [CompletionResultType]::ParameterValue, 'Masking policies: how classified columns are masked')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Role grants: which Snowflake roles see which columns unmasked')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Start a PII scan (flags columns for review; never classifies)')
            [CompletionResult]::new('scans', 'scans', [CompletionResultType]::ParameterValue, 'Past PII scans and their findings')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Compliance reports: classification coverage, access matrix')
            break
        }
        'rime;help;governance;columns' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalogue columns with their classification and masking')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one column')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Classify a column, or many from a CSV or NDJSON file')
            break
        }
        'rime;help;governance;columns;list' {
            break
        }
        'rime;help;governance;columns;get' {
            break
        }
        'rime;help;governance;columns;classify' {
            break
        }
        'rime;help;governance;masking-policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List masking policies')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one masking policy')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a masking policy')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a masking policy (changing the type drops the old type''s options)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a masking policy (its columns fall back to the default masking)')
            break
        }
        'rime;help;governance;masking-policies;list' {
            break
        }
        'rime;help;governance;masking-policies;get' {
            break
        }
        'rime;help;governance;masking-policies;create' {
            break
        }
        'rime;help;governance;masking-policies;update' {
            break
        }
        'rime;help;governance;masking-policies;delete' {
            break
        }
        'rime;help;governance;grants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List grants')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a role visibility of a privacy level or a PII type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Revoke a grant')
            break
        }
        'rime;help;governance;grants;list' {
            break
        }
        'rime;help;governance;grants;create' {
            break
        }
        'rime;help;governance;grants;delete' {
            break
        }
        'rime;help;governance;scan' {
            break
        }
        'rime;help;governance;scans' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List PII scans, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a scan; its findings once completed')
            break
        }
        'rime;help;governance;scans;list' {
            break
        }
        'rime;help;governance;scans;get' {
            break
        }
        'rime;help;governance;report' {
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Classification coverage overall, by database and by schema')
            [CompletionResult]::new('access-matrix', 'access-matrix', [CompletionResultType]::ParameterValue, 'Which roles see which columns unmasked')
            break
        }
        'rime;help;governance;report;coverage' {
            break
        }
        'rime;help;governance;report;access-matrix' {
            break
        }
        'rime;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Stream every matching entry (NDJSON by default) for archiving')
            break
        }
        'rime;help;audit;list' {
            break
        }
        'rime;help;audit;export' {
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
