/**
 * The demo sandbox's entry (index.html): registers the module's elements the way a bundler user
 * would (`interop-clients/define`), then the shell that plays the host application.
 */
import '../src/define.js';
import './demo-shell.js';
