/**
 * Jest configuration: ts-jest over test/ (mirrors src/).
 * `jose` (JWT validation of tab SSO tokens) ships ES modules only: ts-jest transpiles its files to
 * CommonJS for the tests (Node 20.19+ loads it natively in production through require(esm)).
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testTimeout: 30000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
    "/node_modules/jose/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  // adaptivecards 3 points `main` at ES-module files without "type": "module"; its UMD bundle is the same library in CommonJS.
  moduleNameMapper: { "^adaptivecards$": "<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js" },
};
