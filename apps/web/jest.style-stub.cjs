// Stylesheets imported by components: nothing to evaluate in unit tests.
module.exports = {};
