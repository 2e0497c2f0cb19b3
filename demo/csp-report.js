// Counts Content-Security-Policy violations on the strict-CSP demo page and shows the figure.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  const status = document.getElementById('csp-status');
  if (status) status.textContent = `Content-Security-Policy violations: ${window.cspViolations.length}`;
});
