// react-router's loader of framework-mode route modules holds a dynamic import() that jest on
// Node 20 cannot run from CommonJS; the app uses declarative routes and never calls it.
module.exports = {
  loadRouteModule: () => Promise.reject(new Error('route modules are not used by this app')),
};
