export { MyClustersQuery } from './operations';
