<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Context</name>
    <message>
        <source>No platform profile found in %1. Give one with --profile FILE, or see &apos;%2 profiles&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::CommandLine</name>
    <message>
        <source>Plancia, the control center of a Kubernetes-based research AI platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page NAME (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform is open. Choose one in the Platform list at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1 was read but could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::DeviceFlowJob</name>
    <message>
        <source>Asking the identity provider for a login code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link, sign in and enter the code. Waiting for your approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Logging you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before it was approved. Start again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was denied. If that was a mistake, start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider %1 does not offer device login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask for a login code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused to start a login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer to the login request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact with the identity provider while waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer could not be understood (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Error</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform profile named %1, and no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as malformed (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission for this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item does not exist (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed or already exists (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested data is no longer available (HTTP 410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server (HTTP 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; too many requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (HTTP 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream from %1 was silent for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 MiB; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event line longer than %1 MiB; the stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No S3 credentials are available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::HubTokenProvider</name>
    <message>
        <source>The session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub is not configured, or you are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub did not accept your login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub&apos;s answer holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plancia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login expires on %1. Log in again before then to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import platform profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::OidcAgentJob</name>
    <message>
        <source>oidc-agent did not answer within %1 seconds. Is it waiting for a password or a confirmation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: is oidc-agent installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile names no oidc-agent account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent returned no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent is not running (or this program cannot reach it). Start it with `eval $(oidc-agent-service use)` and load the account %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent could not give a token for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::OidcConfiguration</name>
    <message>
        <source>The identity provider&apos;s configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider says it is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s configuration has no token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the identity provider&apos;s configuration at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Profile</name>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute URL such as https://host/path, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use https: plain http is allowed only for this computer (localhost, 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but this version of Plancia reads schema 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;device&quot; or &quot;oidc-agent&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 15 and 43200 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the platform profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profile %1 is too large to be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a profile is a JSON object, { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early; a &apos;}&apos; or &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not closed with &apos;&quot;&apos;, or holds a line break or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing between a name and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a &apos;,&apos; too many before the &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name must be text in double quotes, such as &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;,&apos; or &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value must be text in double quotes, a number, true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Role</name>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::Session</name>
    <message>
        <source>The identity provider did not say who you are (no subject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored login belongs to someone else; please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent&apos;s token does not say who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out, but the identity provider could not be told to revoke the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::StsCredentialsProvider</name>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 credentials are not configured (no STS endpoint in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot get S3 credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service refused to issue credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service&apos;s credentials could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service&apos;s answer holds no complete credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::TokenManager</name>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login cannot be renewed. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew your login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired or was revoked. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::TokenStore</name>
    <message>
        <source>No system keychain is available, so your login cannot be remembered: you will have to log in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::AcceleratorNames</name>
    <message>
        <source>%1 MIG %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU (model not labelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::AvailabilityFeed</name>
    <message>
        <source>No Kubernetes API is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s nodes cannot be read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods cannot be read now, so what is in use is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only your own pods: what is in use comes from Prometheus&apos;s allocation series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only your own pods and Prometheus is not available: only the totals and your own use are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch queues cannot be read now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not available, so the numbers are not cross-checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes and Prometheus disagree about %1 on %2: %3 in use according to the pods, %4 according to Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::availability::NodeTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cordoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload site, disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 GiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n yours</source>
        <translation>
            <numerusform>%n yours</numerusform>
            <numerusform>%n yours</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Account</name>
    <message>
        <source>No keychain is available (%1), so a login cannot be kept between commands. Use oidc-agent instead: &apos;%2 login --oidc-agent ACCOUNT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the login at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1: %2 Log in with &apos;%3 login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1. Log in with &apos;%2 login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:    through oidc-agent, account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:    valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:   current token valid until %1 (renewed automatically)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::AccountCommands</name>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the stored login, but %1 could not be reached to revoke it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1 (no keychain: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Commands</name>
    <message>
        <source>Log in: a device login (link and code), or --oidc-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is logged in: user, roles, platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out: revoke the login and remove it from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform profiles you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators free now: per model and node, offload sites, queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who used what in a period: GPU-hours, CPU-hours, efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Gpus</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 free, not schedulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLOAD SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR PODS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COHORT / CLUSTER QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1 running sessions, %2 running job pods, %3 pending, %4 offloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for the cluster (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpus takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cluster did not answer within %n seconds.</source>
        <translation>
            <numerusform>The cluster did not answer within %n second.</numerusform>
            <numerusform>The cluster did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Login</name>
    <message>
        <source>Waiting for approval… %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1, but the login could not be stored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking oidc-agent (account %1) for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oidc-agent gave no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login through oidc-agent failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in, open this link in a browser and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan this code with a phone (it opens the link with the code filled in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open, with the code filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the tokens from a running oidc-agent&apos;s ACCOUNT instead of a device login; later commands keep using it until logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Main</name>
    <message>
        <source>Use the platform profile in FILE, or the known profile named NAME (default: the one the desktop app last used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 not logged in, 4 refused by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plancia platform client for the terminal and for scripts: the same login and services as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json (one JSON document on stdout, messages on stderr) or csv (usage only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text, json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output csv is only for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Profiles</name>
    <message>
        <source>profiles takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform profiles in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* the profile the desktop app uses, and the default here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles that cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::cli::Usage</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period: YYYY-MM-DD (UTC) or an ISO 8601 date-time (default: 30 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period: YYYY-MM-DD (that day included) or an ISO 8601 date-time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per user (default) or per project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user|project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS waiting for Prometheus (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be user or project, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD or an ISO 8601 date-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prometheus did not answer within %n seconds.</source>
        <translation>
            <numerusform>Prometheus did not answer within %n second.</numerusform>
            <numerusform>Prometheus did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::Informer</name>
    <message>
        <source>The Kubernetes client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server ended the watch of %1 at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeClient</name>
    <message>
        <source>No Kubernetes API server is configured for this platform (kubernetes.server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server sent an answer that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server repeated a list page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes watch stream sent something that is not an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the kubeconfig&apos;s CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::kube::KubeConfig</name>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; gets its credentials from a program (exec plugin &quot;%2&quot;), which Plancia does not run. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; uses an auth-provider plugin (&quot;%2&quot;), which is not supported. Log in with Plancia instead, or use a kubeconfig with a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig&apos;s token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a client certificate, which is not supported. Use a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user &quot;%1&quot; logs in with a user name and password, which is not supported. Use a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; names no valid server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; turns TLS verification off, which Plancia never does. Give its CA instead (certificate-authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s cluster &quot;%1&quot; has certificate-authority-data that is not a base64 PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig is not valid YAML: line %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig holds no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no current-context; name the context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the cluster &quot;%2&quot;, which it does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s context &quot;%1&quot; names the user &quot;%2&quot;, which it does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has a setting of the wrong type: line %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::metrics::Prometheus</name>
    <message>
        <source>Prometheus&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not answer the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data.result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matrix holds single samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector holds series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label set is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::metrics::PrometheusClient</name>
    <message>
        <source>The profile names no Prometheus server (prometheus.url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AboutDialog</name>
    <message>
        <source>About Plancia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancia %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control center of a Kubernetes-based research AI platform: GPU availability, storage, JupyterLab sessions and batch jobs, with one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AcceleratorCard</name>
    <message>
        <source>MIG %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free · %2 in use · %3 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total · in use not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n yours</source>
        <translation>
            <numerusform> · %n yours</numerusform>
            <numerusform> · %n yours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::AccountingView</name>
    <message>
        <source>Export accounting as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no CPU series for this period (no kube-state-metrics CPU requests or cAdvisor usage): CPU columns show &quot;no data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the admin group: everyone&apos;s usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects&apos; usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own usage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 GPU-hours, %2 CPU-hours (%n rows)</source>
        <translation>
            <numerusform>Total: %1 GPU-hours, %2 CPU-hours (%n row)</numerusform>
            <numerusform>Total: %1 GPU-hours, %2 CPU-hours (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ErrorPresenter</name>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper program is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open folders. Copy the path and open it yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer is set up to open web pages. Copy the link and open it in a browser yourself, here or on another device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs that run in the cluster or are offloaded to remote sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your batch jobs, their queue and where they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will turn a notebook into batch jobs, submit them to the queue and watch them run in the cluster or offloaded to remote HPC sites.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your institutional account in a web browser, on this computer or on your phone. Plancia never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::LoginStatus</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::NavSidebar</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI platform control center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator availability and your usage at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see which GPUs and FPGAs are free now and how much you have used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform profile is selected. Import one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (IAM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (S3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes, pods and queues are being listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running now: %n session(s)</source>
        <translation>
            <numerusform>Running now: %n session</numerusform>
            <numerusform>Running now: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job pod(s)</source>
        <translation>
            <numerusform>%n job pod</numerusform>
            <numerusform>%n job pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offloaded</source>
        <translation>
            <numerusform>%n offloaded</numerusform>
            <numerusform>%n offloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU cores, %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota used per flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your queue, in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPGAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offload sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileListModel</name>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSettings</name>
    <message>
        <source>Import a platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profiles folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile names the services of one platform instance. Profiles are read from the folder %1. A profile opened from a file elsewhere (plancia --profile FILE) is listed too, marked &quot;from a file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform in the Platform list at the bottom of the window, or import a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::ProfileSwitcher</name>
    <message>
        <source>The platform this window works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::RangePicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionNotices</name>
    <message>
        <source>Your login expires today (%1). Log in again now so that your work is not interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your login expires in %n day(s), on %1. Log in again before then so that your work is not interrupted.</source>
        <translation>
            <numerusform>Your login expires in %n day, on %1. Log in again before then so that your work is not interrupted.</numerusform>
            <numerusform>Your login expires in %n days, on %1. Log in again before then so that your work is not interrupted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay logged in until you quit. Nothing was written to disk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pages keep their data. Log in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your JupyterLab servers: start, stop and open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your JupyterLab servers and start one with the right profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will start and stop JupyterLab servers with the GPU profile you need, follow their start-up and open them in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, platform profiles and diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies at once; it is remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plancia writes a log file that you can attach to a problem report. Passwords and tokens are never written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File logging is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your S3 buckets: browse them and move datasets in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see your buckets and move datasets in and out of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will browse your S3 buckets, upload and download datasets, and follow transfers that resume after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user&apos;s failing job and see why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a support account to search jobs across namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here support staff will find any user&apos;s jobs across namespaces and read their events, logs and the exact specification that ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TimeSeriesChart</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::TutorPage</name>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the participants of a training event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a tutor account to see your event&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here tutors will see each participant&apos;s server, idle time, GPU use and storage, and start or stop servers in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsageChartsView</name>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU-hours in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::ui::UsagePage</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who used what, and how well: GPU utilisation over time and accounting per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see GPU usage over time and who used what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::usage::Accounting</name>
    <message>
        <source>Prometheus is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some CPU figures could not be read from Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plancia::usage::AccountingModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no series for this in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU efficiency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
