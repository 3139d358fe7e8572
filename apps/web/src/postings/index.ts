export { PublishCapabilityMutation } from './operations';
