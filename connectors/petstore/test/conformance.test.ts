import { describeConnectorConformance } from '@tributary/connector-sdk/testing/conformance';
import connector from '../src/index';

describeConnectorConformance(connector);
