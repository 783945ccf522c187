//! `rime api METHOD PATH`: any API call with typed fields, raw input, pagination and every output format.

use clap::Args;
use serde_json::{Map, Value};

use super::input::{Assignments, read_bytes};
use crate::context::Context;
use crate::error::{CliError, HintExt};
use crate::http::{ApiPath, Method, ReqBody, Request};

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime api GET /projects
  rime api GET /projects/{project}/connectors      # {project}: the current project's id
  rime api POST /projects -f name=analytics -f identifier=analytics
  rime api PATCH /projects/prj_123 -F settings.drift_detection.interval_hours=12
  rime api GET /audit-log --paginate --jq '.[] | .action'")]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PATCH, PUT or DELETE
    pub method: String,
    /// Path under the API base, e.g. /projects or /projects/{project}/connectors?limit=5
    /// ({project} is replaced by the current project's id)
    pub path: String,
    /// A string field, key=value (nested keys with dots); query parameters for GET and DELETE
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_field: Vec<String>,
    /// A typed field: numbers, true/false/null, JSON, @file (@- for stdin)
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub field: Vec<String>,
    /// Send this file as the request body (`-` for standard input)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["raw_field", "field"])]
    pub input: Option<String>,
    /// An extra request header, "Name: value"
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    pub header: Vec<String>,
    /// Follow `next_cursor` and merge every page's `data` into one array
    #[arg(long)]
    pub paginate: bool,
    /// Show the response status line and headers
    #[arg(short = 'i', long)]
    pub include: bool,
}

pub async fn run(ctx: &Context, args: ApiArgs) -> anyhow::Result<()> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| CliError::Usage(format!("`{}` is not an HTTP method", args.method)))?;
    let (path, raw_query) = ApiPath::raw(&placeholders(ctx, &args.path).await?)?;
    let fields = fields(&args.raw_field, &args.field)?;
    let has_fields = fields.as_object().is_some_and(|m| !m.is_empty());
    let query_method = method == Method::GET || method == Method::DELETE || method == Method::HEAD;
    if args.paginate && method != Method::GET {
        return Err(CliError::Usage("--paginate works only with GET".into()).into());
    }
    let mut req = Request::new(method.clone(), path.clone());
    req.raw_query = raw_query;
    for h in &args.header {
        let Some((name, value)) = h.split_once(':') else {
            return Err(
                CliError::Usage(format!("header `{h}` must look like `Name: value`")).into(),
            );
        };
        if name.trim().eq_ignore_ascii_case("authorization") {
            return Err(CliError::Usage(
                "set credentials with `rime auth login` or RIME_TOKEN, not -H".into(),
            )
            .into());
        }
        req.headers
            .push((name.trim().to_string(), value.trim().to_string()));
    }
    if query_method {
        if let Some(m) = fields.as_object() {
            for (k, v) in m {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                req.query.push((k.clone(), text));
            }
        }
    } else if let Some(input) = &args.input {
        let data = read_bytes(input)?.1;
        let content_type = req
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| "application/json".into());
        req.headers
            .retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
        req.body = ReqBody::Bytes {
            data: data.into(),
            content_type,
        };
    } else if has_fields {
        req.body = ReqBody::Json(fields);
    }

    if args.paginate {
        return paginate(ctx, req).await;
    }
    // Any 2xx body is shown, JSON or not (JSON that ends early is still retried as cut short).
    req.any_body = true;
    let client = ctx.client().await?;
    let resp = client.send_raw(req).await?;
    if args.include {
        let mut head = format!(
            "HTTP {} {}\n",
            resp.status,
            crate::http::reason(resp.status)
        );
        for (k, v) in resp.headers.iter() {
            head.push_str(&format!(
                "{k}: {}\n",
                crate::output::terminal_safe(v.unwrap_or("<binary>"))
            ));
        }
        head.push('\n');
        ctx.out.text(&head)?;
    }
    if !(200..300).contains(&resp.status) {
        return Err(resp.api_error(method.as_str(), path.as_str()).into());
    }
    if resp.body.is_empty() {
        return Ok(());
    }
    match &resp.json {
        // The body's text in the JSON-shaped formats, so every number goes out as sent.
        Some(v) => ctx.out.value_text(v, &resp.body)?,
        // Not JSON (text/plain, HTML): the body as sent, made inert for a terminal.
        None => {
            let text = String::from_utf8_lossy(&resp.body);
            if ctx.out.stdout_is_tty() {
                ctx.out.text(&crate::output::terminal_safe(&text))?
            } else {
                ctx.out.text(&text)?
            }
        }
    }
    Ok(())
}

/// The `-f` (strings) and `-F` (typed) fields as one object; overlapping keys are refused.
/// `{project}` in a path becomes the current project's id (from `--project`, the environment or
/// the profile), as one encoded segment: `rime api GET /projects/{project}/connectors`.
async fn placeholders(ctx: &Context, path: &str) -> anyhow::Result<String> {
    const PROJECT: &str = "{project}";
    if !path.contains(PROJECT) {
        return Ok(path.to_string());
    }
    let id = ctx.project_id().await?;
    let seg = ApiPath::root().seg(id);
    Ok(path.replace(PROJECT, seg.as_str().trim_start_matches('/')))
}

pub fn fields(raw: &[String], typed: &[String]) -> Result<Value, CliError> {
    let mut fields = Value::Object(Map::new());
    let mut seen = Assignments::default();
    for f in raw {
        seen.add(&mut fields, "-f", f, true)?;
    }
    for f in typed {
        seen.add(&mut fields, "-F", f, false)?;
    }
    Ok(fields)
}

/// Merges `data` from every page into one streamed array.
async fn paginate(ctx: &Context, req: Request) -> anyhow::Result<()> {
    use crate::http::page::{PageOpts, Pager};
    let client = ctx.client().await?;
    let mut query = req.query.clone();
    if let Some(raw) = &req.raw_query {
        // Typed percent-encoded; decoded here because the client encodes every pair it sends.
        query.extend(url::form_urlencoded::parse(raw.as_bytes()).into_owned());
    }
    // The walker sets `limit` and `cursor` itself.
    let page_size = query
        .iter()
        .find(|(k, _)| k == "limit")
        .and_then(|(_, v)| v.parse().ok());
    query.retain(|(k, _)| k != "limit" && k != "cursor");
    let mut pager = Pager::new(
        client,
        req.path.clone(),
        query,
        PageOpts {
            page_size,
            ..PageOpts::default()
        },
    );
    let mut writer: Option<crate::output::ListWriter<'_>> = None;
    loop {
        // The items' text, unparsed (see `Output::push_raw`).
        let items = match pager.next_raw_page().await {
            Ok(Some(items)) => items,
            Ok(None) => break,
            Err(e) => {
                // Close what was printed, as a listing that stops part-way does.
                if let Some(w) = writer {
                    let _ = w.finish();
                }
                let Some(c) = pager.resume_cursor() else {
                    return Err(e);
                };
                let broken = matches!(
                    e.downcast_ref::<crate::http::Error>(),
                    Some(crate::http::Error::Pagination { .. })
                );
                let resume = format!("resume with `-f cursor={c}`");
                return Err(e).hint(
                    "the walk stopped part-way",
                    if broken {
                        format!("the server's pagination is broken; {resume}")
                    } else {
                        resume
                    },
                );
            }
        };
        let w = writer.get_or_insert_with(|| ctx.out.list_guessing_raw(&items));
        for item in &items {
            w.push_raw(item)?;
        }
        w.end_page()?;
    }
    match writer {
        Some(w) => w.finish().map(drop)?,
        None => ctx.out.list_guessing(&[]).finish().map(drop)?,
    }
    Ok(())
}
