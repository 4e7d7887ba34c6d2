console.log('still starting');
