/**
 * npm run language:export — writes deployment/language/project.json and documents/*.txt from the labelled data
 * (services/classification/data), in Azure AI Language's custom text classification import format.
 */
import path from 'node:path';
import { loadSplit } from '../../services/classification/dataset';
import { writeExport } from '../../services/classification/azure/trainingExport';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../deployment/language'));
const project = writeExport(dir, loadSplit('train'), loadSplit('test'));
console.log(`Wrote ${project.assets.documents.length} documents and project.json to ${dir}`);
