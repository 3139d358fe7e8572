import { isAnalysisThread, serveAnalysis } from './matching/analysis-threads';

// The worker's analysis threads run this file too; they need the engine, not the application.
if (isAnalysisThread()) serveAnalysis();
else void import('./bootstrap').then(({ bootstrap }) => bootstrap());
